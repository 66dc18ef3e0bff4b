import { z } from 'zod';
import { singleLine } from './text.js';
import { distinctIds } from './fields.js';
import { SESSION_STATUSES } from './sessions.js';

export const assignRequest = z
  .strictObject({
    userIds: distinctIds(10_000).optional(),
    unit: singleLine().min(1, 'Choose a unit').max(200, 'At most 200 characters').optional(),
  })
  .refine((v) => Boolean(v.userIds?.length || v.unit), 'Choose workers (userIds) or a unit to assign');
export type AssignRequest = z.infer<typeof assignRequest>;

/** One worker's session of an assessment, as HC sees it in the assignment list. No email, NIP or username. */
export const assignment = z.object({
  sessionId: z.string(),
  userId: z.string(),
  workerName: z.string(),
  unit: z.string().nullable(),
  packageName: z.string(),
  status: z.enum(SESSION_STATUSES),
});
export type Assignment = z.infer<typeof assignment>;

export const SKIP_REASONS = ['not_found', 'not_a_coachee', 'inactive'] as const;

export const assignResponse = z.object({
  created: z.number(),
  alreadyAssigned: z.number(),
  /** Requested users who cannot take assessments. */
  skipped: z.array(z.object({ userId: z.string(), name: z.string().nullable(), reason: z.enum(SKIP_REASONS) })),
  /** The sessions of every worker the request named, new and existing alike. */
  sessions: z.array(assignment),
});
export type AssignResponse = z.infer<typeof assignResponse>;

export const coacheeDirectoryQuery = z.strictObject({
  q: singleLine().max(200).optional(),
  unit: singleLine().max(200).optional(),
});
