import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { translate } from '../../../common/i18n/messages.js';
import { languageQuery } from '../../../common/schemas/fields.js';
import { importQuestionsResponse, packageName } from '../../../common/schemas/question-bank.js';
import { requireAssessment } from '../../domain/assessments/assessment-lock.js';
import { importQuestions, QUESTION_IMPORT_LIMITS } from '../../domain/question-bank/import-questions.js';
import { importQuestionText, QUESTION_TEXT_MAX_BYTES, questionTextFormat } from '../../domain/question-bank/question-text.js';
import { exportQuestions, questionTemplate } from '../../domain/question-bank/question-workbook.js';
import { sheetFormat } from '../../domain/spreadsheets/read-sheet.js';
import { fileError } from '../../domain/spreadsheets/sheet-errors.js';
import { msg } from '../../errors.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { readUpload } from '../read-upload.js';
import { attachment } from '../download-name.js';
import { requestLanguage } from '../request-language.js';
import { idParams, XLSX_TYPE } from '../route-params.js';

const isText = (filename: string) => /\.(gift|txt)$/i.test(filename);
/** GIFT and Aiken files go into one package, named here (default A); a workbook names its own. */
const importQuery = z.strictObject({ package: packageName.optional() });

/**
 * The question workbook: template, import (all or nothing) and export, all in one format. Import
 * also takes Moodle GIFT (.gift, .txt) and Aiken (.txt) files.
 */
export const questionWorkbookRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['question packages'];
  const config = { access: 'assessments:author' } as const;

  app.get('/assessments/:id/packages/template.xlsx', { config, schema: { tags, params: idParams, querystring: languageQuery } }, async (req, reply) => {
    await requireAssessment(db, req.params.id);
    const language = requestLanguage(req, req.query.lang);
    void reply.type(XLSX_TYPE).header('content-disposition', attachment(language, 'questionTemplate', 'xlsx'));
    return questionTemplate(language);
  });

  app.get('/assessments/:id/packages/export', { config, schema: { tags, params: idParams, querystring: languageQuery } }, async (req, reply) => {
    const { title } = await requireAssessment(db, req.params.id);
    const language = requestLanguage(req, req.query.lang);
    const workbook = await exportQuestions(db, req.params.id, language);
    void reply.type(XLSX_TYPE).header('content-disposition', attachment(language, 'questions', 'xlsx', title));
    return workbook;
  });

  app.post(
    '/assessments/:id/packages/import',
    {
      config,
      schema: { tags, params: idParams, querystring: importQuery, consumes: ['multipart/form-data'], response: { 200: importQuestionsResponse } },
    },
    async (req) => {
      const limit = (filename: string) => (isText(filename) ? QUESTION_TEXT_MAX_BYTES : QUESTION_IMPORT_LIMITS.maxUploadBytes);
      const file = await readUpload(req, limit, msg('upload.attachQuestionFile'));
      const textFormat = questionTextFormat(file.filename, file.data);
      if (textFormat) {
        const imported = await importQuestionText(db, actorOf(req).id, req.params.id, file.data, textFormat, req.query.package ?? 'A');
        const language = requestLanguage(req);
        return { ...imported, skipped: imported.skipped.map((item) => ({ ...item, reason: translate(language, item.reason) })) };
      }
      if (sheetFormat(file.filename) !== 'xlsx') {
        throw fileError(msg('upload.questionFileFormat'));
      }
      return importQuestions(db, actorOf(req).id, req.params.id, file.data);
    },
  );
};
