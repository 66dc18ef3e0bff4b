import { hash, verify } from '@node-rs/argon2';
import { PasswordQueue } from './password-queue.js';

// Argon2id with the OWASP-recommended minimum (19 MiB, 2 passes): ~20 ms per hash on one core.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Every hash and verification of the process goes through this queue (see PasswordQueue); boot
 * sets its limits from the configuration (PASSWORD_CONCURRENCY, PASSWORD_MAX_WAITING_LOGINS).
 */
export const passwordQueue = new PasswordQueue({ concurrency: 1, maxWaitingLogins: 1000 });

/** Hashes in the queue's bulk lane: user creation, password resets and imports wait behind logins. */
export function hashPassword(password: string): Promise<string> {
  return passwordQueue.run('bulk', () => hash(password, OPTIONS));
}

/**
 * True when `password` matches; false for a mismatch or a malformed hash. Runs in the login lane.
 * Throws AppError 503 `busy` when too many logins are already waiting.
 */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return passwordQueue.run('login', async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

/** Verifying against this keeps an unknown username as slow as a wrong password. Made once, in the login lane. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  if (!dummyHash) {
    dummyHash = passwordQueue.run('login', () => hash('not-a-real-password-just-for-timing', OPTIONS));
    // A refusal (503 busy) must not stay cached.
    dummyHash.catch(() => (dummyHash = undefined));
  }
  return dummyHash;
}
