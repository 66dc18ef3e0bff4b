import type { AuditedField } from '../../common/audit-fields.js';
import type { Db } from '../db/database.js';
import { auditLog } from '../db/schema.js';

/**
 * What an entry may record as `before`/`after`: a list (say a new question order), or an object
 * whose every field is in AUDITED_FIELDS, so the log can name it in words. `Snapshot & OnlyAudited<Snapshot>`
 * turns a stray field into a type error (it must be `never`).
 */
type OnlyAudited<Snapshot> = Snapshot extends readonly unknown[] ? unknown : Record<Exclude<keyof Snapshot, AuditedField>, never>;

export type AuditEntry<Before = unknown, After = unknown> = {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  before?: Before & OnlyAudited<Before>;
  after?: After & OnlyAudited<After>;
};

/** Appends to the audit log inside the caller's transaction, so the record and the change commit together. */
export async function recordAudit<Before, After>(db: Db, entry: AuditEntry<Before, After>): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    reason: entry.reason ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
