import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers Helmet sets for `options`, worked out once. Helmet's own middleware (and the
 * @fastify/helmet plugin around it) parses its whole configuration again on every response; with
 * no per-request parts (no CSP nonces) the result never changes, so it is computed here once by
 * running Helmet against a response that only records what is set -> header name (lower case) => value.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: () => {},
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

/**
 * Sends Ujian's security headers with every response (API, web app, static files, errors).
 * Ujian is often served over plain HTTP on a plant LAN: asking browsers to upgrade to HTTPS (HSTS,
 * upgrade-insecure-requests) would break it there, so both follow `https` (COOKIE_SECURE).
 */
export function registerSecurityHeaders(app: FastifyInstance, https: boolean) {
  const headers = securityHeaders({
    hsts: https,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: https ? [] : null,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    },
  });
  const entries = Object.entries(headers);
  // On the raw response, as Helmet does: streams that write their own head keep them too.
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of entries) reply.raw.setHeader(name, value);
    done();
  });
}
