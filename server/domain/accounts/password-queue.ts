import { AppError, msg } from '../../errors.js';

export type PasswordQueueLimits = {
  /** Argon2 computations running at once (each takes one libuv thread and one core for ~20–50 ms). */
  concurrency: number;
  /** Logins waiting for a verification beyond which a login is refused with 503 `busy`. */
  maxWaitingLogins: number;
};

type Job = () => void;

/**
 * Runs password work a few at a time, so that a login storm or a bulk import cannot take every
 * core and every libuv thread (file reads for the JS bundle, DNS) away from saves. Two lanes:
 * `login` jobs (a person waits at the login form) always start before `bulk` jobs (hashing for
 * user creation and imports), and only the login lane is bounded; bulk callers are bounded by
 * their own input limits. Hand-written: p-limit has neither lanes nor a queue bound.
 */
export class PasswordQueue {
  private running = 0;
  private readonly login: Job[] = [];
  private readonly bulk: Job[] = [];

  private readonly current: PasswordQueueLimits;

  constructor(limits: PasswordQueueLimits) {
    this.current = { ...limits };
  }

  /**
   * Runs `work` when a slot is free. Throws AppError 503 `busy` (without running it) when
   * `lane` is `login` and `maxWaitingLogins` logins are already waiting.
   */
  run<T>(lane: 'login' | 'bulk', work: () => Promise<T>): Promise<T> {
    if (lane === 'login' && this.login.length >= this.current.maxWaitingLogins) {
      return Promise.reject(new AppError(503, 'busy', msg('login.busy')));
    }
    return new Promise<T>((resolve, reject) => {
      const job = () => {
        this.running++;
        // Through a promise, so that even a synchronous throw frees the slot.
        Promise.resolve()
          .then(work)
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            this.next();
          });
      };
      (lane === 'login' ? this.login : this.bulk).push(job);
      this.next();
    });
  }

  /** The limits in force. */
  get limits(): Readonly<PasswordQueueLimits> {
    return { ...this.current };
  }

  /** Jobs running and waiting per lane. */
  get stats() {
    return { running: this.running, waitingLogins: this.login.length, waitingBulk: this.bulk.length };
  }

  /** Changes the limits (boot applies the configured ones; tests shrink them). */
  configure(limits: PasswordQueueLimits) {
    Object.assign(this.current, limits);
    this.next();
  }

  private next() {
    while (this.running < this.current.concurrency) {
      const job = this.login.shift() ?? this.bulk.shift();
      if (!job) return;
      job();
    }
  }
}
