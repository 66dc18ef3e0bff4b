import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { Config } from '../../config.js';

/**
 * The general limit on /api requests per minute (the login throttle and the stream caps are
 * separate). Static files and the app shell are never limited: an exam room loading the page at
 * once must not get a blank page. The key is the VERIFIED signed-in user, so that workers sharing
 * an office NAT address do not share an allowance and a made-up cookie does not buy a fresh one;
 * before login (or with an invalid cookie) it is the client IP, with room for a whole exam room.
 * Runs after the authentication hook (preParsing, before any body is read), when `req.user` is known.
 */
export async function registerRateLimit(app: FastifyInstance, limits: Config['rateLimit']) {
  await app.register(rateLimit, {
    hook: 'preParsing',
    timeWindow: '1 minute',
    // Users plus addresses one instance remembers at once (least recently seen are forgotten).
    cache: 100_000,
    allowList: (req) => !req.url.startsWith('/api/'),
    keyGenerator: (req) => (req.user ? `user:${req.user.id}` : `ip:${req.ip}`),
    max: (req) => (req.user ? limits.userPerMinute : limits.anonymousPerMinute),
  });
}
