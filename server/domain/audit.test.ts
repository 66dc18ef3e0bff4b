import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit.js';

/** Type-checks an entry as recordAudit would (AuditEntry's parameters inferred from its snapshots). */
const entry = <Before, After>(e: AuditEntry<Before, After>) => e;

describe('AuditEntry', () => {
  // The assertions that matter run in `npm run typecheck`: a field the audit log has no label for must not compile.
  it('takes fields the audit log can name, and lists', () => {
    expect(entry({ actorId: 'a', action: 'session.pause', targetType: 'exam_session', targetId: 's', before: { pausedAt: null }, after: ['q1', 'q2'] })).toBeTruthy();
    // @ts-expect-error -- `secretCode` is not in AUDITED_FIELDS, so the log could only show its code name.
    expect(entry({ actorId: 'a', action: 'x', targetType: 'x', targetId: 'x', after: { status: 'closed', secretCode: 1 } })).toBeTruthy();
  });
});
