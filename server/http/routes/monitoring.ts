import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { controlRequest, extendRequest, monitorSnapshot } from '../../../common/schemas/monitoring.js';
import { closeAssessment, extendAssessment } from '../../domain/control/assessment-controls.js';
import { closeSession, extendSession, forceSubmit, pauseSession, resetSession, resumeSession } from '../../domain/control/session-controls.js';
import { clockOf } from '../../domain/delivery/session-access.js';
import type { SessionRow } from '../../domain/delivery/session-access.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { openEventStream } from '../sse.js';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const controlled = z.object({
  sessionId: z.string(),
  status: z.string(),
  deadline: z.string().nullable(),
  remainingMs: z.number().nullable(),
  paused: z.boolean(),
});

const presentControlled = (s: SessionRow) => {
  const { deadline, remainingMs, paused } = clockOf(s, new Date());
  return { sessionId: s.id, status: s.status, deadline, remainingMs, paused };
};

/** Live monitoring and HC control (hc, admin). Every action is a POST with CSRF and an audit record. */
export const monitoringRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { delivery, monitors } = deps;
  const watch = { access: 'assessments:monitor' } as const;
  const control = { access: 'sessions:control' } as const;
  const tags = ['monitoring'];

  app.get('/assessments/:id/monitor', { config: watch, schema: { tags, params: idParams, response: { 200: monitorSnapshot } } }, async (req) =>
    (await monitors.room(req.params.id)).snapshot(),
  );

  app.get('/assessments/:id/monitor/events', { config: watch, schema: { tags, params: idParams } }, async (req, reply) => {
    const room = await monitors.room(req.params.id);
    const stream = openEventStream(req, reply);
    stream.onClose(room.join(({ event, data }) => stream.send(event, data)));
  });

  app.post('/assessments/:id/close', { config: control, schema: { tags, params: idParams, body: controlRequest.optional() } }, (req) =>
    closeAssessment(delivery, actorOf(req), req.params.id, req.body ?? {}),
  );

  app.post('/assessments/:id/extend', { config: control, schema: { tags, params: idParams, body: extendRequest } }, (req) =>
    extendAssessment(delivery, actorOf(req), req.params.id, req.body),
  );

  const sessionActions = { close: closeSession, pause: pauseSession, resume: resumeSession, reset: resetSession, 'force-submit': forceSubmit } as const;
  for (const [name, action] of Object.entries(sessionActions)) {
    app.post(
      `/sessions/:id/${name}`,
      { config: control, schema: { tags, params: idParams, body: controlRequest.optional(), response: { 200: controlled } } },
      async (req) => presentControlled(await action(delivery, actorOf(req), req.params.id, req.body ?? {})),
    );
  }

  app.post('/sessions/:id/extend', { config: control, schema: { tags, params: idParams, body: extendRequest, response: { 200: controlled } } }, async (req) =>
    presentControlled(await extendSession(delivery, actorOf(req), req.params.id, req.body)),
  );
};
