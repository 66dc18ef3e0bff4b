import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importQuestionsResponse } from '../../../common/schemas/question-bank.js';
import { requireAssessment } from '../../domain/assessments/assessment-lock.js';
import { importQuestions } from '../../domain/question-bank/import-questions.js';
import { exportQuestions, questionTemplate } from '../../domain/question-bank/question-workbook.js';
import { fileError, sheetFormat } from '../../domain/spreadsheets/read-sheet.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { idParams, XLSX_TYPE } from '../route-params.js';

/** A file name a browser saves without complaint: the title's letters and digits. */
const fileNameOf = (title: string) => `questions-${title.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'assessment'}.xlsx`;

/** The question workbook: template, import (all or nothing) and export, all in one format. */
export const questionWorkbookRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['question packages'];
  const config = { access: 'assessments:author' } as const;

  app.get('/assessments/:id/packages/template.xlsx', { config, schema: { tags, params: idParams } }, async (req, reply) => {
    await requireAssessment(db, req.params.id);
    void reply.type(XLSX_TYPE).header('content-disposition', 'attachment; filename="ujian-questions-template.xlsx"');
    return questionTemplate();
  });

  app.get('/assessments/:id/packages/export', { config, schema: { tags, params: idParams } }, async (req, reply) => {
    const { title } = await requireAssessment(db, req.params.id);
    const workbook = await exportQuestions(db, req.params.id);
    void reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${fileNameOf(title)}"`);
    return workbook;
  });

  app.post(
    '/assessments/:id/packages/import',
    { config, schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 200: importQuestionsResponse } } },
    async (req) => {
      const file = await req.file();
      if (!file) throw fileError('Attach the .xlsx workbook in the form field "file".');
      if (sheetFormat(file.filename) !== 'xlsx') throw fileError('Only .xlsx workbooks can be imported: download the template to start from.');
      return importQuestions(db, actorOf(req).id, req.params.id, await file.toBuffer());
    },
  );
};
