import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  saveAnswerRequest,
  saveAnswerResponse,
  savePositionRequest,
  sessionStatusResponse,
  sessionView,
  submitResponse,
} from '../../../common/schemas/sessions.js';
import { heartbeat, savePosition } from '../../domain/delivery/presence.js';
import { saveAnswer } from '../../domain/delivery/save-answer.js';
import { clockOf, holdsExam, loadSession } from '../../domain/delivery/session-access.js';
import { buildSessionView } from '../../domain/delivery/session-view.js';
import { startSession } from '../../domain/delivery/start-session.js';
import { submitSession } from '../../domain/delivery/submit-session.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { openEventStream } from '../sse.js';

const sessionParams = z.strictObject({ id: z.string().min(1).max(100) });
const answerParams = sessionParams.extend({ questionId: z.string().min(1).max(100) });

/** Taking an exam: the assigned coachee only (others get 404 from the ownership check in the query). */
export const sessionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { delivery, events } = deps;
  const config = { access: 'session:take' } as const;
  const tags = ['exam'];

  app.post('/sessions/:id/start', { config, schema: { tags, params: sessionParams, response: { 200: sessionView } } }, (req) =>
    startSession(delivery, actorOf(req), req.params.id),
  );

  app.get('/sessions/:id', { config, schema: { tags, params: sessionParams, response: { 200: sessionView } } }, async (req) =>
    buildSessionView(delivery, delivery.db, await loadSession(delivery.db, actorOf(req), req.params.id)),
  );

  app.put(
    '/sessions/:id/answers/:questionId',
    { config, schema: { tags, params: answerParams, body: saveAnswerRequest, response: { 200: saveAnswerResponse } } },
    (req) => saveAnswer(delivery, actorOf(req), req.params.id, req.params.questionId, req.body),
  );

  app.put('/sessions/:id/position', { config, schema: { tags, params: sessionParams, body: savePositionRequest } }, (req) =>
    savePosition(delivery, actorOf(req), req.params.id, req.body.pageIndex),
  );

  app.post('/sessions/:id/heartbeat', { config, schema: { tags, params: sessionParams } }, (req) => heartbeat(delivery, actorOf(req), req.params.id));

  app.post('/sessions/:id/submit', { config, schema: { tags, params: sessionParams, response: { 200: submitResponse } } }, (req) =>
    submitSession(delivery, actorOf(req), req.params.id),
  );

  app.get('/sessions/:id/status', { config, schema: { tags, params: sessionParams, response: { 200: sessionStatusResponse } } }, async (req) => {
    const actor = actorOf(req);
    const { session, now } = await loadSession(delivery.db, actor, req.params.id);
    return { status: session.status, ...clockOf(session, now), takenOver: !holdsExam(session, actor) };
  });

  // Pushes status changes (closed, extended, paused, submitted …) to the exam page within a second.
  // Each push carries the session's clock as the database has it now (one read per HC action).
  app.get('/sessions/:id/events', { config, schema: { tags, params: sessionParams } }, async (req, reply) => {
    const actor = actorOf(req);
    const { session, now } = await loadSession(delivery.db, actor, req.params.id);
    const stream = openEventStream(req, reply);
    // The current state first, so a change between the page's load and this connection is not missed
    // (a device that lost the exam while its stream was down learns it here).
    const reasonNow = holdsExam(session, actor) ? 'connected' : 'taken_over';
    stream.send('status', { status: session.status, reason: reasonNow, ...clockOf(session, now) });
    stream.onClose(
      events.onSession(session.id, (event) => {
        if (event.type !== 'session_status') return;
        loadSession(delivery.db, actor, session.id).then(
          ({ session: current, now }) => {
            // A take-over concerns only the devices that lost the exam, not the one that took it.
            if (event.reason === 'taken_over' && holdsExam(current, actor)) return;
            stream.send('status', { status: current.status, reason: event.reason, ...clockOf(current, now) });
          },
          // Reset replaces the session: the worker can no longer load it, so say so from the event itself.
          () => stream.send('status', { status: event.status, reason: event.reason, deadline: null, serverNow: new Date().toISOString(), remainingMs: null, paused: false }),
        );
      }),
    );
    // Events sent while this instance's LISTEN connection was down are lost: push the current state
    // when it is back. If it cannot be read, the page's own next request finds out.
    stream.onClose(
      events.onResync(() => {
        loadSession(delivery.db, actor, session.id).then(
          ({ session: current, now }) =>
            stream.send('status', { status: current.status, reason: holdsExam(current, actor) ? 'resync' : 'taken_over', ...clockOf(current, now) }),
          () => {},
        );
      }),
    );
  });
};
