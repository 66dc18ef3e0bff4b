import type { FastifyInstance } from 'fastify';
import { isSingleLine } from '../../../common/schemas/text.js';
import { msg, validationError } from '../../errors.js';

/**
 * Path parameters and query values follow the single-line text rule on every route, whatever its
 * own schema says: a `%00` in an id would otherwise reach PostgreSQL (which refuses NUL: a 500).
 * Runs before the route's schema, so the answer is the same 400 `validation` everywhere.
 *
 * @throws AppError 400 `validation` with `issues` naming `params.<name>` or `query.<name>`.
 */
export function registerUrlTextRule(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    const issues = [
      ...badValues('params', req.params),
      ...badValues('query', req.query),
    ].map((path) => ({ path, message: msg('request.controlCharacters') }));
    if (issues.length) throw validationError(msg('request.controlCharacters'), issues);
  });
}

/** Paths of the string values (arrays included: `?a=1&a=2`) that break the rule. */
function badValues(where: string, values: unknown): string[] {
  if (!values || typeof values !== 'object') return [];
  return Object.entries(values).flatMap(([name, value]) =>
    [value].flat().some((v) => typeof v === 'string' && !isSingleLine(v)) ? [`${where}.${name}`] : [],
  );
}
