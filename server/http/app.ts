import { existsSync } from 'node:fs';
import Fastify, { type FastifyContextConfig, type FastifyInstance, type FastifySchema } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { LoginPolicies } from '../domain/accounts/login.js';
import type { SessionPolicy } from '../domain/accounts/login-sessions.js';
import type { DeliveryContext } from '../domain/delivery/delivery-context.js';
import type { Metrics } from '../observability/metrics.js';
import type { EventHub } from '../realtime/event-hub.js';
import type { MonitorRooms } from '../realtime/monitor-rooms.js';
import { WEB_DIST_DIR } from '../paths.js';
import { passwordQueue } from '../domain/accounts/passwords.js';
import { OpenStreams } from './open-streams.js';
import { registerAuthentication, SESSION_COOKIE } from './plugins/authentication.js';
import { registerCacheControl } from './plugins/cache-control.js';
import { CSRF_COOKIE } from './plugins/csrf-secret.js';
import { registerRateLimit } from './plugins/rate-limit.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { earlyErrorOptions, MAX_UPLOAD_BYTES, registerErrorHandler, sendNoEndpoint } from './plugins/error-handler.js';
import { registerUrlTextRule } from './plugins/url-text-rule.js';
import { assessmentRoutes } from './routes/assessments.js';
import { assignmentRoutes } from './routes/assignments.js';
import { authRoutes } from './routes/auth.js';
import { coachLinkRoutes } from './routes/coach-links.js';
import { competencyRoutes } from './routes/competencies.js';
import { mySessionRoutes } from './routes/my-sessions.js';
import { operationsRoutes } from './routes/operations.js';
import { questionPackageRoutes } from './routes/question-packages.js';
import { imageRoutes } from './routes/images.js';
import { questionWorkbookRoutes } from './routes/question-workbooks.js';
import { monitoringRoutes } from './routes/monitoring.js';
import { resultRoutes } from './routes/results.js';
import { rekeyRoutes } from './routes/rekey.js';
import { recordRoutes } from './routes/records.js';
import { auditRoutes } from './routes/audit.js';
import { sessionRoutes } from './routes/sessions.js';
import { userRoutes } from './routes/users.js';

export type AppDeps = {
  config: Config;
  database: Database;
  delivery: DeliveryContext;
  events: EventHub;
  monitors: MonitorRooms;
  metrics: Metrics;
  sessionPolicy: SessionPolicy;
  loginPolicies: LoginPolicies;
};

export type RegisteredRoute = { method: string; url: string; config: FastifyContextConfig; schema?: FastifySchema };

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
    /** Every open event stream of this instance: caps, keep-alive, ending them with their login session. */
    openStreams: OpenStreams;
  }
}

/** Builds the whole HTTP application around already-opened dependencies (tests build many). */
export type LogOptions = {
  /** false: no logs (tests). */
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read them to prove no secret is logged). */
  logStream?: NodeJS.WritableStream;
};

export async function buildApp(deps: AppDeps, options: LogOptions = {}): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Never log credentials, session cookies or CSRF tokens.
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    ...earlyErrorOptions,
  });
  // Every registered route, for the CSRF, access-matrix and fuzz tests and the OpenAPI listing check.
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, config: route.config ?? {}, schema: route.schema });
  });
  const streams = new OpenStreams(config.streams, deps.database, deps.sessionPolicy, (err) => app.log.warn({ err }, 'event stream check failed'));
  await streams.start();
  app.decorate('openStreams', streams);
  // On shutdown the streams end (they never end by themselves); clients reconnect elsewhere.
  app.addHook('preClose', () => streams.stop());
  passwordQueue.configure(config.passwords);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerUrlTextRule(app);
  registerCacheControl(app);

  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    deps.metrics.observeHttp(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  await app.register(cookie, { secret: config.sessionSecret });
  registerSecurityHeaders(app, config.cookieSecure);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: config.cookieSecure, signed: true },
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
  });
  await registerRateLimit(app, config.rateLimit);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  // The API documentation is public, like the login page.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, public: true };
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Ujian API', description: 'Online assessment platform: see shared/contract.md', version: '1.0.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await registerAuthentication(app, deps);
  await app.register(operationsRoutes, deps);
  await app.register(authRoutes, { ...deps, prefix: '/api/auth' });
  await app.register(userRoutes, { ...deps, prefix: '/api' });
  await app.register(competencyRoutes, { ...deps, prefix: '/api' });
  await app.register(assessmentRoutes, { ...deps, prefix: '/api' });
  await app.register(questionPackageRoutes, { ...deps, prefix: '/api' });
  await app.register(questionWorkbookRoutes, { ...deps, prefix: '/api' });
  await app.register(imageRoutes, { ...deps, prefix: '/api' });
  await app.register(assignmentRoutes, { ...deps, prefix: '/api' });
  await app.register(coachLinkRoutes, { ...deps, prefix: '/api' });
  await app.register(mySessionRoutes, { ...deps, prefix: '/api' });
  await app.register(sessionRoutes, { ...deps, prefix: '/api' });
  await app.register(resultRoutes, { ...deps, prefix: '/api' });
  await app.register(rekeyRoutes, { ...deps, prefix: '/api' });
  await app.register(recordRoutes, { ...deps, prefix: '/api' });
  await app.register(auditRoutes, { ...deps, prefix: '/api' });
  await app.register(monitoringRoutes, { ...deps, prefix: '/api' });

  await registerWebApp(app);
  return app;
}

/** Serves the built React app, with index.html for every client-side route. */
async function registerWebApp(app: FastifyInstance) {
  if (!existsSync(WEB_DIST_DIR)) return;
  await app.register(fastifyStatic, { root: WEB_DIST_DIR, wildcard: false });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith('/api/')) return sendNoEndpoint(req, reply);
    return reply.sendFile('index.html');
  });
}
