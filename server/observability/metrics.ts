import client from 'prom-client';

/**
 * One registry per app instance (tests build several apps in one process). HTTP timings are
 * labelled by route pattern, never by raw URL, so ids do not explode the series count.
 */
export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'ujian_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const dbQueryDuration = new client.Histogram({
    name: 'ujian_db_query_duration_seconds',
    help: 'Database query duration',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  return {
    registry,
    observeHttp: (method: string, route: string, status: number, seconds: number) =>
      httpDuration.observe({ method, route, status: String(status) }, seconds),
    observeDbQuery: (seconds: number) => dbQueryDuration.observe(seconds),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
