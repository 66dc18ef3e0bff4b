/** The four roles of Ujian. Coachee is the worker who takes assessments. */
export const ROLES = ['admin', 'hc', 'coach', 'coachee'] as const;
export type Role = (typeof ROLES)[number];
