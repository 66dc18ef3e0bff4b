import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (plain *.test.ts) runs once; every *.int.test.ts runs twice, on embedded
 * PGlite and on PostgreSQL, so the one schema and one set of migrations are proven on both.
 */
const integration = ['server/**/*.int.test.ts', 'chaos/**/*.int.test.ts'];
export default defineConfig({
  // The web's path alias (web/vite.config.ts), so unit tests of web code can use common/ values.
  resolve: { alias: { '@common': fileURLToPath(new URL('common', import.meta.url)) } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: integration } },
      { extends: true, test: { name: 'pglite', include: integration, env: { TEST_DB: 'pglite' } } },
      { extends: true, test: { name: 'postgres', include: integration, env: { TEST_DB: 'postgres' } } },
    ],
  },
});
