/**
 * Every field an audit entry's `before`/`after` may hold, by how the log shows its value. The
 * server's audit writes are typed against this list (server/domain/audit.ts), and the web labels
 * each field in both languages (`auditLog.fields.<field>`, checked by a unit test), so a field
 * added to an audit write without a label fails the typecheck instead of showing its code name.
 */
export const AUDITED_FIELDS = {
  // Assessments (create, update, close, extend, assign, unassign)
  title: 'text',
  description: 'text',
  opensAt: 'time',
  closesAt: 'time',
  closedAt: 'time',
  durationMinutes: 'minutes',
  passScore: 'percent',
  questionsPerPage: 'count',
  shuffleQuestions: 'yesNo',
  shuffleOptions: 'yesNo',
  allowReview: 'yesNo',
  overduePolicy: 'overduePolicy',
  graceMinutes: 'minutes',
  published: 'yesNo',
  competencyIds: 'ids',
  timeZone: 'timeZone',
  rescoredSessions: 'count',
  started: 'yesNo',
  packageCount: 'count',
  questionCount: 'count',
  sessionCount: 'count',
  createdBy: 'id',
  updatedAt: 'time',
  liveSessions: 'count',
  closed: 'count',
  minutes: 'minutes',
  sessions: 'count',
  created: 'count',
  unit: 'text',
  userIds: 'count',
  userId: 'id',
  // Exam sessions (pause, resume, extend, close, reset, force-submit)
  status: 'sessionStatus',
  deadline: 'time',
  pausedAt: 'time',
  extensionMinutes: 'minutes',
  // Questions and packages
  id: 'id',
  assessmentId: 'id',
  packageId: 'id',
  position: 'count',
  text: 'text',
  points: 'count',
  imageId: 'id',
  options: 'options',
  from: 'id',
  questions: 'count',
  packagesCreated: 'list',
  name: 'text',
  createdAt: 'time',
  // Answer-key changes
  key: 'text',
  attempts: 'count',
  passed: 'count',
  meanScore: 'percent',
  rescored: 'count',
  changed: 'count',
  // Users, competencies, coach links
  username: 'text',
  role: 'role',
  nip: 'text',
  email: 'text',
  active: 'yesNo',
  count: 'count',
  code: 'text',
  assessmentCount: 'count',
  coachId: 'id',
  coacheeId: 'id',
} as const;

export type AuditedField = keyof typeof AUDITED_FIELDS;
/** How a field's value is shown: a kind of value, not a field. */
export type AuditValueKind = (typeof AUDITED_FIELDS)[AuditedField];

export const isAuditedField = (field: string): field is AuditedField => Object.hasOwn(AUDITED_FIELDS, field);
