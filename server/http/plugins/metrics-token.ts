import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { msg, unauthenticated } from '../../errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * An onRequest hook for `GET /metrics`: with a token configured the caller must send
 * `Authorization: Bearer <token>`, else 401 `unauthenticated`. Without one, metrics stay open.
 * Compared as digests in constant time, so response timing does not reveal the token.
 */
export function requireMetricsToken(token: string | null) {
  const expected = token === null ? null : digest(`Bearer ${token}`);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!expected) return;
    if (timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) return;
    void reply.header('www-authenticate', 'Bearer realm="metrics"');
    throw unauthenticated(msg('request.metricsToken'));
  };
}
