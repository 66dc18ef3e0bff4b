/**
 * How long PostgreSQL work may take, in ms, so that a slow, locked or frozen database turns
 * requests into quick 503s instead of hanging them: per statement, per lock wait, per idle moment
 * inside a transaction, per connection attempt (and per wait for a pooled connection). The
 * statement limit is also enforced client-side (plus a margin): a frozen server cancels nothing.
 */
export type DbTimeouts = { statementMs: number; lockMs: number; idleInTransactionMs: number; connectMs: number };

export const DEFAULT_DB_TIMEOUTS: DbTimeouts = { statementMs: 10_000, lockMs: 5_000, idleInTransactionMs: 15_000, connectMs: 5_000 };
