import type { Database } from '../db/database.js';
import { liveLoginSessions, type AuthUser, type SessionPolicy } from '../domain/accounts/login-sessions.js';
import { AppError, msg } from '../errors.js';
import { listenForEndedLoginSessions, type LoginSessionsEnded } from '../realtime/login-session-events.js';

/** Event streams one instance holds at most: per login session, per user (all their logins), and in all. */
export type StreamLimits = { perLoginSession: number; perUser: number; total: number; keepAliveMs: number };

/** One open stream: whose login session it runs under, and how to poke or end it. */
export type StreamHandle = { owner: AuthUser; keepAlive(): void; end(): void };

/**
 * Every event stream this instance holds, by login session. Admits a new stream only within the
 * limits, and ends streams whose login session has ended:
 * - at once, on a `LoginSessionsEnded` announcement from any instance (logout, deactivation,
 *   password reset, role change);
 * - on each keep-alive tick, when the session's absolute expiry has passed, or when one query for
 *   all streams together finds their session gone, idle too long, deactivated or under another
 *   role (this also covers announcements lost while the LISTEN connection was down).
 */
export class OpenStreams {
  private readonly byLoginSession = new Map<string, Set<StreamHandle>>();
  private readonly perUser = new Map<string, number>();
  private size = 0;
  private timer?: NodeJS.Timeout;
  private unlisten?: () => Promise<void>;
  private checking = false;

  constructor(
    private readonly limits: StreamLimits,
    private readonly database: Database,
    private readonly sessionPolicy: SessionPolicy,
    private readonly onCheckFailed: (err: unknown) => void,
  ) {}

  async start() {
    this.unlisten = await listenForEndedLoginSessions(
      this.database,
      (ended) => this.endWhere(matches(ended)),
      () => void this.recheck(),
    );
    this.timer = setInterval(() => void this.tick(), this.limits.keepAliveMs);
    this.timer.unref();
  }

  /** Ends every stream (shutdown: clients reconnect to another instance) and stops listening. */
  async stop() {
    clearInterval(this.timer);
    await this.unlisten?.();
    this.endWhere(() => true);
  }

  /**
   * Registers a stream about to open -> a function that unregisters it. Throws AppError 429
   * `too_many_streams` (the stream must not open) when its login session, its user (one worker
   * logging in again and again) or this instance holds the most streams allowed.
   */
  admit(stream: StreamHandle): () => void {
    const key = stream.owner.tokenHash;
    const mine = this.byLoginSession.get(key) ?? new Set();
    if (mine.size >= this.limits.perLoginSession) {
      throw new AppError(429, 'too_many_streams', msg('streams.perLoginSession', { limit: this.limits.perLoginSession }));
    }
    const userId = stream.owner.id;
    const users = this.perUser.get(userId) ?? 0;
    if (users >= this.limits.perUser) {
      throw new AppError(429, 'too_many_streams', msg('streams.perUser', { limit: this.limits.perUser }));
    }
    if (this.size >= this.limits.total) {
      throw new AppError(429, 'too_many_streams', msg('streams.server'));
    }
    mine.add(stream);
    this.byLoginSession.set(key, mine);
    this.perUser.set(userId, users + 1);
    this.size++;
    return () => {
      if (!mine.delete(stream)) return;
      this.size--;
      const left = (this.perUser.get(userId) ?? 1) - 1;
      if (left === 0) this.perUser.delete(userId);
      else this.perUser.set(userId, left);
      if (mine.size === 0) this.byLoginSession.delete(key);
    };
  }

  /** Keep-alive for every stream, then the expiry and liveness checks described above. */
  async tick() {
    const now = Date.now();
    for (const set of this.byLoginSession.values()) for (const stream of set) stream.keepAlive();
    this.endWhere((owner) => owner.expiresAt.getTime() <= now);
    await this.recheck();
  }

  /** Ends the streams whose login session is no longer live, or whose user's role changed. */
  async recheck() {
    if (this.checking || this.byLoginSession.size === 0) return;
    this.checking = true;
    try {
      const live = await liveLoginSessions(this.database.db, this.sessionPolicy, [...this.byLoginSession.keys()]);
      this.endWhere((owner) => live.get(owner.tokenHash) !== owner.role);
    } catch (err) {
      // The database is unreachable: keep the streams; the next tick checks again.
      this.onCheckFailed(err);
    } finally {
      this.checking = false;
    }
  }

  private endWhere(predicate: (owner: AuthUser) => boolean) {
    for (const set of this.byLoginSession.values()) {
      for (const stream of [...set]) if (predicate(stream.owner)) stream.end();
    }
  }
}

const matches = (ended: LoginSessionsEnded) => (owner: AuthUser) =>
  'tokenHash' in ended ? owner.tokenHash === ended.tokenHash : owner.id === ended.userId;
