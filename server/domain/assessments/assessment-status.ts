import type { AssessmentStatus } from '../../../common/schemas/assessments.js';

/**
 * draft until published; then scheduled, open or closed by where `now` falls in the window
 * [opensAt, closesAt), or closed as soon as HC has closed the whole assessment early.
 */
export function assessmentStatus(a: { published: boolean; opensAt: Date; closesAt: Date; closedAt?: Date | null }, now: Date): AssessmentStatus {
  if (!a.published) return 'draft';
  if (a.closedAt) return 'closed';
  if (now < a.opensAt) return 'scheduled';
  return now < a.closesAt ? 'open' : 'closed';
}
