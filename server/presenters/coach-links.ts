import type { CoachLink } from '../../common/schemas/coach-links.js';
import type { CoachLinkRow } from '../domain/coach-links/coach-links-service.js';

export const presentCoachLink = (l: CoachLinkRow): CoachLink => ({
  coachId: l.coachId,
  coachName: l.coachName,
  coacheeId: l.coacheeId,
  coacheeName: l.coacheeName,
  coacheeUnit: l.coacheeUnit,
  createdAt: l.createdAt.toISOString(),
});
