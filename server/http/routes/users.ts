import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminUser,
  coacheeSummary,
  createUserRequest,
  importUsersResponse,
  listUsersQuery,
  resetPasswordRequest,
  updateUserRequest,
} from '../../../common/schemas/users.js';
import { importUsers, userImportTemplate } from '../../domain/users/import-users.js';
import { createUser, listCoachees, listUsers, resetPassword, updateUser } from '../../domain/users/users-service.js';
import { fileError, sheetFormat } from '../../domain/spreadsheets/read-sheet.js';
import { authorize } from '../../policies/policy.js';
import { presentAdminUser, presentCoachee } from '../../presenters/users.js';
import type { AppDeps } from '../app.js';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const userResponse = z.object({ user: adminUser });

export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['users'];

  app.get('/users', { schema: { tags, querystring: listUsersQuery, response: { 200: z.object({ users: z.array(adminUser) }) } } }, async (req) => {
    authorize(req.user, 'users:manage');
    const { active, ...filter } = req.query;
    const rows = await listUsers(db, { ...filter, active: active === undefined ? undefined : active === 'true' });
    return { users: rows.map(presentAdminUser) };
  });

  app.post('/users', { schema: { tags, body: createUserRequest, response: { 201: userResponse } } }, async (req, reply) => {
    const me = authorize(req.user, 'users:manage');
    const user = await createUser(db, me.id, req.body);
    return reply.status(201).send({ user: presentAdminUser(user) });
  });

  app.patch('/users/:id', { schema: { tags, params: idParams, body: updateUserRequest, response: { 200: userResponse } } }, async (req) => {
    const me = authorize(req.user, 'users:manage');
    const user = await updateUser(db, me.id, req.params.id, req.body);
    return { user: presentAdminUser(user) };
  });

  app.post('/users/:id/password', { schema: { tags, params: idParams, body: resetPasswordRequest } }, async (req, reply) => {
    const me = authorize(req.user, 'users:manage');
    await resetPassword(db, me.id, req.params.id, req.body.password);
    return reply.status(204).send();
  });

  app.post(
    '/users/import',
    { schema: { tags, consumes: ['multipart/form-data'], response: { 200: importUsersResponse } } },
    async (req) => {
      const me = authorize(req.user, 'users:manage');
      const file = await req.file();
      if (!file) throw fileError('Attach the .xlsx or .csv file in the form field "file".');
      const format = sheetFormat(file.filename);
      if (!format) throw fileError('Only .xlsx and .csv files can be imported.');
      return importUsers(db, me.id, await file.toBuffer(), format);
    },
  );

  app.get(
    '/users/import/template.:format',
    { schema: { tags, params: z.strictObject({ format: z.enum(['xlsx', 'csv']) }) } },
    async (req, reply) => {
      authorize(req.user, 'users:manage');
      const { format } = req.params;
      void reply
        .type(format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="ujian-users-template.${format}"`);
      return userImportTemplate(format);
    },
  );

  app.get('/me/coachees', { schema: { tags, response: { 200: z.object({ coachees: z.array(coacheeSummary) }) } } }, async (req) => {
    const me = authorize(req.user, 'coachees:list-own');
    return { coachees: (await listCoachees(db, me.id)).map(presentCoachee) };
  });
};
