import { describe, expect, it, vi } from 'vitest';
import { handleUncaught } from './process-guards.js';

const setup = () => ({ log: { warn: vi.fn(), error: vi.fn(), fatal: vi.fn() }, exit: vi.fn() });
const lostConnection = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

describe('handleUncaught', () => {
  it('keeps the process running through a database fault nobody handled, with a warning', () => {
    for (const kind of ['uncaughtException', 'unhandledRejection'] as const) {
      const { log, exit } = setup();
      handleUncaught(kind, lostConnection(), log, exit);
      expect(log.warn).toHaveBeenCalledOnce();
      expect(exit).not.toHaveBeenCalled();
    }
  });

  it('logs a rejected promise nobody handled as an error and keeps serving', () => {
    const { log, exit } = setup();
    handleUncaught('unhandledRejection', new TypeError('cannot read x of undefined'), log, exit);
    expect(log.error).toHaveBeenCalledOnce();
    expect(exit).not.toHaveBeenCalled();
  });

  it('logs any other uncaught exception as fatal and exits, so that a clean process replaces it', () => {
    const { log, exit } = setup();
    handleUncaught('uncaughtException', new TypeError('cannot read x of undefined'), log, exit);
    expect(log.fatal).toHaveBeenCalledOnce();
    expect(exit).toHaveBeenCalledWith(1);
  });
});
