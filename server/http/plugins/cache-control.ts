import type { FastifyInstance } from 'fastify';

/** Vite puts a content hash in every file name under /assets/, so a file there never changes. */
const HASHED_ASSETS = '/assets/';
/** An image id names one content for good (a new upload is a new id); only its viewers may keep it. */
const IMAGE_ROUTE = '/api/images/:id';

/**
 * The Cache-Control of a response, by the route that answered it: hashed assets are cached for a
 * year; API answers, exports and metrics (personal data, scores) are never stored by the browser
 * or a proxy; everything else (index.html, the fallback for client routes) is revalidated on every
 * load, so a new release is picked up at once. Question images (200, or 304 on a matching ETag)
 * are the one API answer kept: for a year, by the browser only (`private`).
 */
export function cacheControlFor(routeUrl: string | undefined, path: string, statusCode = 200): string {
  if (routeUrl?.startsWith(HASHED_ASSETS)) return 'public, max-age=31536000, immutable';
  if (routeUrl === IMAGE_ROUTE && (statusCode === 200 || statusCode === 304)) return 'private, max-age=31536000, immutable';
  if (path.startsWith('/api/') || path === '/api' || path === '/metrics' || path === '/healthz') return 'no-store';
  return 'no-cache';
}

export function registerCacheControl(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply) => {
    void reply.header('cache-control', cacheControlFor(req.routeOptions.url, req.url.split('?')[0]!, reply.statusCode));
  });
}
