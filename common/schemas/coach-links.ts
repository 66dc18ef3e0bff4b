import { z } from 'zod';
import { entityId } from './fields.js';

export const coachLinkRequest = z.strictObject({ coachId: entityId, coacheeId: entityId });

export const coachLink = z.object({
  coachId: z.string(),
  coachName: z.string(),
  coacheeId: z.string(),
  coacheeName: z.string(),
  coacheeUnit: z.string().nullable(),
  createdAt: z.string(),
});
export type CoachLink = z.infer<typeof coachLink>;
