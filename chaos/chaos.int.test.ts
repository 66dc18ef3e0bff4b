import { expect, it } from 'vitest';
import { TEST_DB } from '../server/test/test-database.js';
import { postgresBinDir } from '../server/test/temp-postgres.js';
import { problemsOf } from './problems.js';
import { runChaos } from './run-chaos.js';
import { SMALL_RUN } from './settings.js';

// The run brings its own PostgreSQL cluster and server process, so it runs once, in the postgres project.
const runnable = TEST_DB === 'postgres' && postgresBinDir() !== null;

it.runIf(runnable)(
  '(postgres project only: its own cluster and server process) loses no answer while the network misbehaves, the server is killed, connections are cut and PostgreSQL stops',
  async () => {
    const result = await runChaos(SMALL_RUN);
    expect(problemsOf(result)).toEqual([]);
  },
  420_000,
);
