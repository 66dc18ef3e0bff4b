import { describe, expect, it } from 'vitest';
import { reasonFromCode, reasonFromStatus, reasonFromSubmitKind } from './endReason';

describe('end reasons', () => {
  it('reads pushed reasons first', () => {
    expect(reasonFromStatus('closed', 'closed')).toBe('closed');
    expect(reasonFromStatus('submitted', 'auto_submitted')).toBe('time_up');
    expect(reasonFromStatus('submitted', 'force_submitted')).toBe('forced');
    expect(reasonFromStatus('closed', 'reset')).toBe('reset');
  });

  it('falls back to the status, and leaves "submitted" to the result', () => {
    expect(reasonFromStatus('closed')).toBe('closed');
    expect(reasonFromStatus('abandoned', null)).toBe('ended');
    expect(reasonFromStatus('submitted', 'submitted')).toBeNull();
  });

  it('maps refusal codes and submit kinds', () => {
    expect(reasonFromCode('time_up')).toBe('time_up');
    expect(reasonFromCode('exam_closed')).toBe('closed');
    expect(reasonFromCode('already_submitted')).toBeNull();
    expect(reasonFromSubmitKind('worker')).toBe('submitted');
    expect(reasonFromSubmitKind('auto')).toBe('time_up');
    expect(reasonFromSubmitKind('forced')).toBe('forced');
    expect(reasonFromSubmitKind(null)).toBe('ended');
  });
});
