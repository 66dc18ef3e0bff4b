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
import { importUsers, USER_IMPORT_LIMITS, userImportTemplate } from '../../domain/users/import-users.js';
import { createUser, listCoachees, listUsers, resetPassword, updateUser } from '../../domain/users/users-service.js';
import { sheetFormat } from '../../domain/spreadsheets/read-sheet.js';
import { fileError } from '../../domain/spreadsheets/sheet-errors.js';
import { msg } from '../../errors.js';
import { presentAdminUser, presentCoachee } from '../../presenters/users.js';
import type { AppDeps } from '../app.js';
import { attachment } from '../download-name.js';
import { actorOf } from '../plugins/authentication.js';
import { readUpload } from '../read-upload.js';
import { requestLanguage } from '../request-language.js';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const userResponse = z.object({ user: adminUser });

export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['users'];
  const config = { access: 'users:manage' } as const;

  app.get('/users', { config, schema: { tags, querystring: listUsersQuery, response: { 200: z.object({ users: z.array(adminUser) }) } } }, async (req) => {
    const { active, ...filter } = req.query;
    const rows = await listUsers(db, { ...filter, active: active === undefined ? undefined : active === 'true' });
    return { users: rows.map(presentAdminUser) };
  });

  app.post('/users', { config, schema: { tags, body: createUserRequest, response: { 201: userResponse } } }, async (req, reply) => {
    const me = actorOf(req);
    const user = await createUser(db, me.id, req.body);
    return reply.status(201).send({ user: presentAdminUser(user) });
  });

  app.patch('/users/:id', { config, schema: { tags, params: idParams, body: updateUserRequest, response: { 200: userResponse } } }, async (req) => {
    const me = actorOf(req);
    const user = await updateUser(db, me.id, req.params.id, req.body);
    return { user: presentAdminUser(user) };
  });

  app.post('/users/:id/password', { config, schema: { tags, params: idParams, body: resetPasswordRequest } }, async (req, reply) => {
    const me = actorOf(req);
    await resetPassword(db, me.id, req.params.id, req.body.password);
    return reply.status(204).send();
  });

  app.post(
    '/users/import',
    { config, schema: { tags, consumes: ['multipart/form-data'], response: { 200: importUsersResponse } } },
    async (req) => {
      const me = actorOf(req);
      const file = await readUpload(req, USER_IMPORT_LIMITS.maxUploadBytes, msg('upload.attachUserSheet'));
      const format = sheetFormat(file.filename);
      if (!format) throw fileError(msg('upload.userSheetFormat'));
      return importUsers(db, me.id, file.data, format);
    },
  );

  app.get(
    '/users/import/template.:format',
    { config, schema: { tags, params: z.strictObject({ format: z.enum(['xlsx', 'csv']) }) } },
    async (req, reply) => {
        const { format } = req.params;
      void reply
        .type(format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8')
        .header('content-disposition', attachment(requestLanguage(req), 'userTemplate', format));
      return userImportTemplate(format);
    },
  );

  app.get('/me/coachees', { config: { access: 'coachees:list-own' }, schema: { tags, response: { 200: z.object({ coachees: z.array(coacheeSummary) }) } } }, async (req) => {
    const me = actorOf(req);
    return { coachees: (await listCoachees(db, me.id)).map(presentCoachee) };
  });
};
