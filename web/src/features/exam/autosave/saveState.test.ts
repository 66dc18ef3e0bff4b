import { describe, expect, it } from 'vitest';
import type { OutboxSnapshot } from './outbox';
import { saveStateOf } from './saveState';

const idle: OutboxSnapshot = { waiting: 0, sending: false, positionPending: false, offline: false, serverError: false, takenOver: false, endedCode: null };

describe('saveStateOf', () => {
  it('is saved when nothing waits', () => {
    expect(saveStateOf(idle)).toEqual({ kind: 'saved' });
  });

  it('is saving while answers or a page change are on their way', () => {
    expect(saveStateOf({ ...idle, waiting: 1, sending: true })).toEqual({ kind: 'saving' });
    expect(saveStateOf({ ...idle, positionPending: true })).toEqual({ kind: 'saving' });
  });

  it('is offline with the number of answers waiting', () => {
    expect(saveStateOf({ ...idle, waiting: 5, offline: true })).toEqual({ kind: 'offline', waiting: 5 });
  });

  it('says the server has a problem (never a silent spinner) while answers wait after a 5xx', () => {
    expect(saveStateOf({ ...idle, waiting: 2, sending: true, serverError: true })).toEqual({ kind: 'server_error', waiting: 2 });
    expect(saveStateOf({ ...idle, serverError: true })).toEqual({ kind: 'saved' });
  });

  it('is saved when offline but every answer is already on the server', () => {
    expect(saveStateOf({ ...idle, offline: true, positionPending: true })).toEqual({ kind: 'saved' });
  });
});
