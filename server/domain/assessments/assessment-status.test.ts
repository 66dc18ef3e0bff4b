import { describe, expect, it } from 'vitest';
import { assessmentStatus } from './assessment-status.js';

const window = { opensAt: new Date('2026-03-01T08:00:00Z'), closesAt: new Date('2026-03-01T10:00:00Z') };

describe('assessmentStatus', () => {
  it('is draft while unpublished, whatever the time', () => {
    expect(assessmentStatus({ ...window, published: false }, new Date('2026-03-01T09:00:00Z'))).toBe('draft');
  });

  it('is closed once HC closed it early, inside the window', () => {
    expect(assessmentStatus({ ...window, published: true, closedAt: new Date('2026-03-01T08:30:00Z') }, new Date('2026-03-01T09:00:00Z'))).toBe('closed');
  });

  it.each([
    ['2026-03-01T07:59:59Z', 'scheduled'],
    ['2026-03-01T08:00:00Z', 'open'],
    ['2026-03-01T09:59:59Z', 'open'],
    ['2026-03-01T10:00:00Z', 'closed'],
  ])('at %s a published assessment is %s', (now, status) => {
    expect(assessmentStatus({ ...window, published: true }, new Date(now))).toBe(status);
  });
});
