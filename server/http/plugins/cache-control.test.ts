import { describe, expect, it } from 'vitest';
import { cacheControlFor } from './cache-control.js';

describe('cacheControlFor', () => {
  it('caches hashed assets for good, revalidates the page, never stores API answers', () => {
    expect(cacheControlFor('/assets/index-3f2a9c1b.js', '/assets/index-3f2a9c1b.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/', '/')).toBe('no-cache');
    expect(cacheControlFor('/*', '/monitoring/abc')).toBe('no-cache');
    // A missing asset falls back to index.html: that must not be cached as if it were the asset.
    expect(cacheControlFor('/*', '/assets/gone-1234.js')).toBe('no-cache');
    expect(cacheControlFor('/api/assessments/:id/results.xlsx', '/api/assessments/a1/results.xlsx')).toBe('no-store');
    expect(cacheControlFor(undefined, '/api/nothing')).toBe('no-store');
    expect(cacheControlFor('/metrics', '/metrics')).toBe('no-store');
  });

  it('keeps question images (a new upload is a new id) for the viewer only, but never an error', () => {
    expect(cacheControlFor('/api/images/:id', '/api/images/i1', 200)).toBe('private, max-age=31536000, immutable');
    expect(cacheControlFor('/api/images/:id', '/api/images/i1', 304)).toBe('private, max-age=31536000, immutable');
    expect(cacheControlFor('/api/images/:id', '/api/images/i1', 404)).toBe('no-store');
  });
});
