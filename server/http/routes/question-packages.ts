import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  authoredQuestion,
  createPackageRequest,
  createQuestionRequest,
  packageWithQuestions,
  questionOrderRequest,
  questionPackage,
  updateQuestionRequest,
} from '../../../common/schemas/question-bank.js';
import { createPackage, deletePackage, loadQuestionBank } from '../../domain/question-bank/packages-service.js';
import { duplicateQuestion, reorderQuestions } from '../../domain/question-bank/question-order.js';
import { addQuestion, deleteQuestion, updateQuestion } from '../../domain/question-bank/questions-service.js';
import { presentAuthoredQuestion, presentPackage, presentQuestionBankPackage } from '../../presenters/question-bank.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { idParams } from '../route-params.js';

/** Packages and their questions, edited one at a time (the workbook routes do them in bulk). */
export const questionPackageRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['question packages'];
  const config = { access: 'assessments:author' } as const;

  app.get(
    '/assessments/:id/packages',
    { config, schema: { tags, params: idParams, response: { 200: z.object({ packages: z.array(packageWithQuestions) }) } } },
    async (req) => ({ packages: (await loadQuestionBank(db, req.params.id)).map(presentQuestionBankPackage) }),
  );

  app.post(
    '/assessments/:id/packages',
    { config, schema: { tags, params: idParams, body: createPackageRequest, response: { 201: questionPackage } } },
    async (req, reply) => {
      const created = await createPackage(db, actorOf(req).id, req.params.id, req.body.name);
      return reply.status(201).send(presentPackage(created));
    },
  );

  app.delete('/packages/:id', { config, schema: { tags, params: idParams } }, async (req, reply) => {
    await deletePackage(db, actorOf(req).id, req.params.id);
    return reply.status(204).send();
  });

  app.post(
    '/packages/:id/questions',
    { config, schema: { tags, params: idParams, body: createQuestionRequest, response: { 201: authoredQuestion } } },
    async (req, reply) => {
      const question = await addQuestion(db, actorOf(req).id, req.params.id, req.body);
      return reply.status(201).send(presentAuthoredQuestion(question));
    },
  );

  app.patch(
    '/questions/:id',
    { config, schema: { tags, params: idParams, body: updateQuestionRequest, response: { 200: authoredQuestion } } },
    async (req) => presentAuthoredQuestion(await updateQuestion(db, actorOf(req).id, req.params.id, req.body)),
  );

  app.put(
    '/packages/:id/question-order',
    { config, schema: { tags, params: idParams, body: questionOrderRequest, response: { 200: questionOrderRequest } } },
    async (req) => ({ questionIds: await reorderQuestions(db, actorOf(req).id, req.params.id, req.body.questionIds) }),
  );

  app.post(
    '/questions/:id/duplicate',
    { config, schema: { tags, params: idParams, response: { 201: authoredQuestion } } },
    async (req, reply) => reply.status(201).send(presentAuthoredQuestion(await duplicateQuestion(db, actorOf(req).id, req.params.id))),
  );

  app.delete('/questions/:id', { config, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteQuestion(db, actorOf(req).id, req.params.id);
    return reply.status(204).send();
  });
};
