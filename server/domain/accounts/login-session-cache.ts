import type { Language } from '../../../common/languages.js';
import type { Database } from '../../db/database.js';
import { listenForEndedLoginSessions, onLoginSessionsEnding, type LoginSessionsEnded } from '../../realtime/login-session-events.js';
import { findLoginSession, hashToken, touchLoginSessions, type AuthUser, type SessionPolicy } from './login-sessions.js';

/** How long a looked-up login session is trusted without asking the database again. */
export const LOGIN_CACHE_TTL_MS = 5_000;
/** last_seen_at is written at most this often per login session, so reading pages costs no writes. */
export const TOUCH_EVERY_MS = 60_000;
/** Pending last_seen_at writes go out together this often. */
const TOUCH_FLUSH_MS = 1_000;
/** Beyond this many cached login sessions the oldest entries are dropped. */
const MAX_ENTRIES = 100_000;

type Entry = { user: AuthUser; lastSeenAt: number; cachedAt: number };

/**
 * The login session behind each request's cookie, kept per app instance for
 * {@link LOGIN_CACHE_TTL_MS}, so most requests cost no query for it. Ending a login session
 * (logout, deactivation, password reset, role change) is announced by NOTIFY from the transaction
 * that ends it (login-session-events.ts); every instance drops the entries concerned when it
 * arrives, so a revoked session is refused from then on (the instance that ends it drops them
 * at once). While the LISTEN connection is down
 * announcements may be lost: nothing is served from the cache until it is back, and then the cache
 * starts empty. A look-up that was under way when an announcement arrived is not cached.
 * Idle and absolute expiry are checked on every request against the cached times; the sliding
 * expiry (last_seen_at) is written at most every {@link TOUCH_EVERY_MS} per session, for all
 * sessions due together once a second.
 */
export class LoginSessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every announcement: a look-up begun under an older generation is not cached. */
  private generation = 0;
  /** True while announcements can reach this instance (the LISTEN connection is up). */
  private listening = false;
  private readonly dueTouches = new Set<string>();
  private touchTimer?: NodeJS.Timeout;
  private unlisten?: () => Promise<void>;
  private stopLocal?: () => void;

  /** `onTouchFailed`: last_seen_at could not be written (for the log; the next request tries again). */
  constructor(
    private readonly database: Database,
    private readonly policy: SessionPolicy,
    private readonly onTouchFailed: (err: unknown) => void = () => {},
  ) {}

  async start() {
    this.stopLocal = onLoginSessionsEnding(this.database.db, (ended) => this.forget(ended));
    this.unlisten = await listenForEndedLoginSessions(
      this.database,
      (ended) => this.forget(ended),
      () => {
        this.clear();
        this.listening = true;
      },
    );
    this.database.onConnectionEvent((event) => {
      if (event.type === 'listener_lost') {
        this.listening = false;
        this.clear();
      }
    });
    this.listening = true;
  }

  /** Writes the pending last_seen_at updates and stops listening. */
  async stop() {
    this.listening = false;
    this.stopLocal?.();
    await this.unlisten?.();
    await this.flushTouches();
  }

  /**
   * The user behind a session token, or null when the token is unknown, expired, idle too long or
   * belongs to a deactivated user. Counts as activity for the idle expiry.
   */
  async resolve(token: string): Promise<AuthUser | null> {
    const tokenHash = hashToken(token);
    const now = Date.now();
    let entry = this.listening ? this.entries.get(tokenHash) : undefined;
    if (!entry || now - entry.cachedAt >= LOGIN_CACHE_TTL_MS) {
      const generation = this.generation;
      const found = await findLoginSession(this.database.db, this.policy, tokenHash);
      if (!found) {
        this.entries.delete(tokenHash);
        return null;
      }
      entry = { user: found.user, lastSeenAt: Math.max(found.lastSeenAt.getTime(), entry?.lastSeenAt ?? 0), cachedAt: Date.now() };
      if (this.listening && generation === this.generation) this.remember(tokenHash, entry);
    } else if (entry.user.expiresAt.getTime() <= now || entry.lastSeenAt <= now - this.policy.idleMs) {
      this.entries.delete(tokenHash);
      return null;
    }
    if (now - entry.lastSeenAt > TOUCH_EVERY_MS) {
      entry.lastSeenAt = now;
      this.touchSoon(tokenHash);
    }
    return entry.user;
  }

  /**
   * A user's new language choice, for their cached login sessions on this instance, so the next
   * request here already answers in it; other instances re-read it within LOGIN_CACHE_TTL_MS.
   */
  rememberLanguage(userId: string, language: Language) {
    for (const entry of this.entries.values()) if (entry.user.id === userId) entry.user = { ...entry.user, language };
  }

  private remember(tokenHash: string, entry: Entry) {
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  private forget(ended: LoginSessionsEnded) {
    this.generation++;
    if ('tokenHash' in ended) {
      this.entries.delete(ended.tokenHash);
      this.dueTouches.delete(ended.tokenHash);
      return;
    }
    for (const [hash, entry] of this.entries) if (entry.user.id === ended.userId) this.entries.delete(hash);
  }

  private clear() {
    this.generation++;
    this.entries.clear();
  }

  private touchSoon(tokenHash: string) {
    this.dueTouches.add(tokenHash);
    this.touchTimer ??= setTimeout(() => void this.flushTouches(), TOUCH_FLUSH_MS);
  }

  private async flushTouches() {
    clearTimeout(this.touchTimer);
    this.touchTimer = undefined;
    const due = [...this.dueTouches];
    this.dueTouches.clear();
    await touchLoginSessions(this.database.db, due).catch(this.onTouchFailed);
  }
}
