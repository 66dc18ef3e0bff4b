import { describe, expect, it } from 'vitest';
import { mySessionAction } from './mySessionAction';

const NOW = Date.parse('2026-05-01T10:00:00Z');
const OPEN = { closesAt: '2026-05-01T12:00:00Z', deadline: null };

describe('mySessionAction', () => {
  it('starts, resumes, or shows the result of a session that has one', () => {
    expect(mySessionAction({ ...OPEN, status: 'not_started' }, NOW)).toBe('start');
    expect(mySessionAction({ ...OPEN, status: 'in_progress', deadline: '2026-05-01T10:30:00Z' }, NOW)).toBe('resume');
    expect(mySessionAction({ ...OPEN, status: 'submitted', deadline: '2026-05-01T09:30:00Z' }, NOW)).toBe('result');
    expect(mySessionAction({ ...OPEN, status: 'abandoned', deadline: '2026-05-01T09:30:00Z' }, NOW)).toBe('result');
  });

  it('a session HC closed while running has a result', () => {
    expect(mySessionAction({ ...OPEN, status: 'closed', deadline: '2026-05-01T10:30:00Z' }, NOW)).toBe('result');
  });

  it('is closed, with nothing to open, when HC closed it before the start or the window ended unstarted', () => {
    expect(mySessionAction({ ...OPEN, status: 'closed', deadline: null }, NOW)).toBe('closed');
    expect(mySessionAction({ status: 'not_started', deadline: null, closesAt: '2026-05-01T10:00:00Z' }, NOW)).toBe('closed');
  });
});
