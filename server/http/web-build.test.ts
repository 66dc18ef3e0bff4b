import { describe, expect, it } from 'vitest';
import viteConfig from '../../web/vite.config.js';

describe('the production web build', () => {
  it('emits no source maps, which @fastify/static would serve to anyone with the whole source', () => {
    expect(viteConfig.build?.sourcemap).toBe(false);
  });
});
