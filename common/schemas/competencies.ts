import { z } from 'zod';
import { multiLine, singleLine } from './text.js';
import { AT_LEAST_ONE_FIELD, atLeastOneField } from './fields.js';

const competencyFields = {
  // A catalog key (common/i18n): the rule's sentence in both languages, on the server and in the web.
  code: singleLine().regex(/^[A-Za-z0-9._-]{1,32}$/, 'competency.codeRule'),
  name: singleLine().min(1, 'Enter a name').max(200, 'At most 200 characters'),
  description: multiLine().max(2000, 'At most 2000 characters'),
};

export const createCompetencyRequest = z.strictObject({ ...competencyFields, description: competencyFields.description.default('') });
export type CreateCompetencyRequest = z.infer<typeof createCompetencyRequest>;

export const updateCompetencyRequest = z.strictObject(competencyFields).partial().refine(atLeastOneField, AT_LEAST_ONE_FIELD);
export type UpdateCompetencyRequest = z.infer<typeof updateCompetencyRequest>;

export const competency = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  /** How many assessments certify it: a competency in use cannot be deleted. */
  assessmentCount: z.number(),
});
export type Competency = z.infer<typeof competency>;
