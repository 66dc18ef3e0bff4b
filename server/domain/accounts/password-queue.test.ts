import { describe, expect, it } from 'vitest';
import { PasswordQueue } from './password-queue.js';

/** A job that finishes when `finish()` is called, recording when it started. */
function controlled(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  return { work: () => (started.push(name), done), finish: () => finish() };
}

describe('PasswordQueue (issue 9, finding 6)', () => {
  it('runs at most `concurrency` jobs at once, logins before bulk hashing', async () => {
    const queue = new PasswordQueue({ concurrency: 2, maxWaitingLogins: 10 });
    const started: string[] = [];
    const jobs = Object.fromEntries(['bulk1', 'bulk2', 'bulk3', 'bulk4', 'login1'].map((n) => [n, controlled(started, n)]));
    const results = ['bulk1', 'bulk2', 'bulk3', 'bulk4'].map((n) => queue.run('bulk', jobs[n]!.work));
    const login = queue.run('login', jobs.login1!.work);
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual(['bulk1', 'bulk2']);
    expect(queue.stats).toEqual({ running: 2, waitingLogins: 1, waitingBulk: 2 });
    jobs.bulk1!.finish();
    expect(await results[0]).toBe('bulk1');
    await new Promise((r) => setTimeout(r, 0));
    // The login that arrived after four bulk hashes goes next.
    expect(started).toEqual(['bulk1', 'bulk2', 'login1']);
    jobs.login1!.finish();
    expect(await login).toBe('login1');
  });

  it('refuses a login with 503 busy when too many logins wait, but never bulk work', async () => {
    const queue = new PasswordQueue({ concurrency: 1, maxWaitingLogins: 1 });
    const started: string[] = [];
    const first = controlled(started, 'first');
    void queue.run('login', first.work);
    void queue.run('login', () => Promise.resolve('second'));
    await expect(queue.run('login', () => Promise.resolve('third'))).rejects.toMatchObject({ status: 503, code: 'busy' });
    const bulk = Array.from({ length: 5 }, (_, i) => queue.run('bulk', () => Promise.resolve(i)));
    first.finish();
    expect(await Promise.all(bulk)).toEqual([0, 1, 2, 3, 4]);
  });

  it('frees the slot of a job that throws, even synchronously', async () => {
    const queue = new PasswordQueue({ concurrency: 1, maxWaitingLogins: 10 });
    await expect(queue.run('login', () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await queue.run('login', () => Promise.resolve('next'))).toBe('next');
  });
});
