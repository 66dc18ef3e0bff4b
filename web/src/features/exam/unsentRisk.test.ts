import { describe, expect, it } from 'vitest';
import { unsentAtRisk } from './unsentRisk';

describe('unsentAtRisk', () => {
  it('warns about the waiting answers when offline and time is short', () => {
    expect(unsentAtRisk({ waiting: 3, offline: true }, false, true)).toBe(3);
  });

  it('treats answers stuck for a while as a server out of reach', () => {
    expect(unsentAtRisk({ waiting: 2, offline: false }, true, true)).toBe(2);
    expect(unsentAtRisk({ waiting: 2, offline: false }, false, true)).toBe(0);
  });

  it('stays quiet with time to spare or nothing waiting', () => {
    expect(unsentAtRisk({ waiting: 3, offline: true }, true, false)).toBe(0);
    expect(unsentAtRisk({ waiting: 0, offline: true }, true, true)).toBe(0);
  });
});
