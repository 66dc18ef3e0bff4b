import { ConfigError, loadConfig } from './config.js';
import { DEMO_PASSWORD } from './demo/demo-accounts.js';
import { guardProcess } from './process-guards.js';
import { startServer } from './start.js';

async function main() {
  const config = loadConfig(process.env, process.argv.slice(2));
  const server = await startServer(config);
  const { app } = server;
  guardProcess(app.log);
  await app.listen({ port: config.port, host: config.host });

  const url = `http://localhost:${config.port}`;
  const where = config.database.kind === 'pglite' ? `embedded PGlite in ${config.database.dataDir}` : 'PostgreSQL';
  console.log(`\nUjian is running at ${url}  (database: ${where})`);
  if (server.demoSeeded) {
    console.log(`Demo logins (password ${DEMO_PASSWORD}): admin, hc, coach, worker1 … worker20`);
  }
  console.log(`API documentation: ${url}/api/docs\n`);

  // Graceful shutdown: stop accepting, let in-flight requests (saves!) finish, then close the database.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('Ujian failed to start:', err);
  }
  process.exit(1);
});
