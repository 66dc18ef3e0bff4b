import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (plain *.test.ts) runs once; every *.int.test.ts runs twice, on embedded
 * PGlite and on PostgreSQL, so the one schema and one set of migrations are proven on both.
 */
const integration = ['server/**/*.int.test.ts', 'chaos/**/*.int.test.ts'];
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/src/**/*.test.ts'], exclude: integration } },
      { extends: true, test: { name: 'pglite', include: integration, env: { TEST_DB: 'pglite' } } },
      { extends: true, test: { name: 'postgres', include: integration, env: { TEST_DB: 'postgres' } } },
    ],
  },
});
