import { sql } from 'drizzle-orm';
import { LANGUAGES } from '../../common/languages.js';
import { ASSESSMENT_TIME_ZONES } from '../../common/schemas/assessments.js';
import {
  pgTable,
  text,
  boolean,
  integer,
  timestamp,
  jsonb,
  uniqueIndex,
  index,
  check,
  primaryKey,
  bigserial,
  bigint,
  doublePrecision,
  foreignKey,
  unique,
  customType,
} from 'drizzle-orm/pg-core';

const id = () => text('id').primaryKey().default(sql`gen_random_uuid()::text`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'hc', 'coach', 'coachee'] }).notNull(),
    nip: text('nip'),
    email: text('email'),
    unit: text('unit'),
    position: text('position'),
    active: boolean('active').notNull().default(true),
    // The language the user chose (PATCH /api/auth/me; the web's ID/EN switch); null until they
    // choose. Server messages use it before the request's Accept-Language.
    language: text('language', { enum: LANGUAGES }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Usernames and NIPs are compared case-insensitively, so uniqueness is too.
    uniqueIndex('users_username_lower_key').on(sql`lower(${t.username})`),
    uniqueIndex('users_nip_key').on(t.nip),
    index('users_unit_idx').on(t.unit),
    check('users_role_check', sql`${t.role} in ('admin', 'hc', 'coach', 'coachee')`),
    check('users_username_check', sql`${t.username} ~ '^[A-Za-z0-9._-]{2,64}$'`),
    check('users_language_check', sql`${t.language} in ('id', 'en')`),
  ],
);

/** Server-side login sessions: the cookie holds a random token, the table only its SHA-256. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/** Failed login counters per username and per IP, shared by every app instance. */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
});

/** Coach -> coachee links (managed by admin and hc). */
export const coachLinks = pgTable(
  'coach_links',
  {
    coachId: text('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    coacheeId: text('coachee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.coachId, t.coacheeId] }), index('coach_links_coachee_idx').on(t.coacheeId)],
);

/** Append-only record of privileged actions: who, when, why, and the state before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    reason: text('reason'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_target_idx').on(t.targetType, t.targetId)],
);

// ---------------------------------------------------------------------------------------------
// Authoring: competencies, assessments, question packages, questions and their options.
// ---------------------------------------------------------------------------------------------

export const competencies = pgTable(
  'competencies',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('competencies_code_lower_key').on(sql`lower(${t.code})`)],
);

export const OVERDUE_POLICIES = ['auto_submit', 'grace'] as const;

export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    passScore: integer('pass_score').notNull(),
    questionsPerPage: integer('questions_per_page').notNull(),
    shuffleQuestions: boolean('shuffle_questions').notNull().default(false),
    shuffleOptions: boolean('shuffle_options').notNull().default(false),
    allowReview: boolean('allow_review').notNull().default(false),
    /** What happens at the deadline: submit from saved answers, or N minutes in which only submit is allowed. */
    overduePolicy: text('overdue_policy', { enum: OVERDUE_POLICIES }).notNull().default('auto_submit'),
    graceMinutes: integer('grace_minutes'),
    /** Unpublished assessments are drafts: workers do not see them. */
    published: boolean('published').notNull().default(true),
    /**
     * IANA zone the assessment's times are shown and exported in: WIB, WITA or WIT (release 5).
     * A constant default, so adding it rewrites no rows and every existing assessment reads WIB.
     */
    timeZone: text('time_zone', { enum: ASSESSMENT_TIME_ZONES }).notNull().default('Asia/Jakarta'),
    /** Set when HC closes the whole assessment early (release 3, added nullable: expand first). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('assessments_window_check', sql`${t.closesAt} > ${t.opensAt}`),
    check('assessments_duration_check', sql`${t.durationMinutes} between 1 and 600`),
    check('assessments_pass_score_check', sql`${t.passScore} between 0 and 100`),
    check('assessments_questions_per_page_check', sql`${t.questionsPerPage} between 1 and 50`),
    check('assessments_overdue_policy_check', sql`${t.overduePolicy} in ('auto_submit', 'grace')`),
    check(
      'assessments_grace_check',
      sql`(${t.overduePolicy} = 'grace' and ${t.graceMinutes} between 1 and 120) or (${t.overduePolicy} = 'auto_submit' and ${t.graceMinutes} is null)`,
    ),
    index('assessments_window_idx').on(t.opensAt, t.closesAt),
    check('assessments_time_zone_check', sql`${t.timeZone} in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')`),
  ],
);

export const assessmentCompetencies = pgTable(
  'assessment_competencies',
  {
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.competencyId] })],
);

/** Package A, B, C … of one assessment: each worker's session gets exactly one, for good. */
export const questionPackages = pgTable(
  'question_packages',
  {
    id: id(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('question_packages_name_key').on(t.assessmentId, t.name)],
);

/** PostgreSQL bytea as a Node Buffer (drizzle has no built-in bytea column). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Question and option images, in the database so every instance serves them. Never changed once
 * stored (a new upload is a new row), so they are cached for good; sha256 is the ETag and lets an
 * identical upload reuse its row.
 */
export const images = pgTable(
  'images',
  {
    id: id(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('images_sha256_key').on(t.sha256),
    check('images_content_type_check', sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp')`),
    check('images_byte_size_check', sql`${t.byteSize} = octet_length(${t.content})`),
  ],
);

export const questions = pgTable(
  'questions',
  {
    id: id(),
    packageId: text('package_id')
      .notNull()
      .references(() => questionPackages.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    points: integer('points').notNull().default(1),
    imageId: text('image_id').references(() => images.id, { onDelete: 'restrict' }),
  },
  (t) => [index('questions_package_idx').on(t.packageId, t.position), check('questions_points_check', sql`${t.points} >= 1`)],
);

export const questionOptions = pgTable(
  'question_options',
  {
    id: id(),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    isCorrect: boolean('is_correct').notNull().default(false),
    imageId: text('image_id').references(() => images.id, { onDelete: 'restrict' }),
  },
  (t) => [
    index('question_options_question_idx').on(t.questionId, t.position),
    // At most one correct option per question, in the database; "at least one" is checked on write.
    uniqueIndex('question_options_one_correct_key').on(t.questionId).where(sql`${t.isCorrect}`),
    // Target of session_answers' (question, option) foreign key: an answer's option belongs to its question.
    unique('question_options_question_option_key').on(t.questionId, t.id),
  ],
);

// ---------------------------------------------------------------------------------------------
// Delivery: one exam session per (assessment, worker), its answers and the answer timeline.
// ---------------------------------------------------------------------------------------------

export const SESSION_STATUSES = ['not_started', 'in_progress', 'submitted', 'closed', 'abandoned'] as const;
export const SUBMIT_KINDS = ['worker', 'auto', 'forced', 'closed'] as const;

export const examSessions = pgTable(
  'exam_sessions',
  {
    id: id(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    packageId: text('package_id')
      .notNull()
      .references(() => questionPackages.id, { onDelete: 'restrict' }),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('not_started'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** Fixed on the server at start: min(start + duration + extensions, window close). Browsers only display it. */
    deadline: timestamp('deadline', { withTimezone: true }),
    extensionMinutes: integer('extension_minutes').notNull().default(0),
    /** Null until the worker first changes page: "no position saved yet", never a fake 0 (seed pitfall 3). */
    lastPageIndex: integer('last_page_index'),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submitKind: text('submit_kind', { enum: SUBMIT_KINDS }),
    scorePoints: integer('score_points'),
    maxPoints: integer('max_points'),
    scorePercent: doublePrecision('score_percent'),
    passed: boolean('passed'),
    /** While set, HC has paused the session: its clock stands still and saves wait (release 3, nullable). */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    /**
     * The device (login session, by its token hash) that holds the exam: the last one to start it.
     * Other devices of the worker may read but not write. Null (sessions started before release 4)
     * means no device holds it yet, so any of the worker's devices may write until one starts it.
     */
    activeLoginSession: text('active_login_session'),
    /** A reset keeps the old attempt as history and creates a new session row for the worker. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
    replacedBy: text('replaced_by'),
  },
  (t) => [
    // Exactly one live session per (assessment, worker); replaced attempts stay as history.
    uniqueIndex('exam_sessions_one_per_worker_key').on(t.assessmentId, t.userId).where(sql`${t.replacedAt} is null`),
    index('exam_sessions_user_idx').on(t.userId),
    index('exam_sessions_package_idx').on(t.packageId),
    index('exam_sessions_deadline_idx').on(t.deadline).where(sql`${t.status} = 'in_progress'`),
    check('exam_sessions_status_check', sql`${t.status} in ('not_started', 'in_progress', 'submitted', 'closed', 'abandoned')`),
    // Every started session has its start and deadline; only a session closed before it started has neither.
    check('exam_sessions_started_check', sql`${t.status} in ('not_started', 'closed') or (${t.startedAt} is not null and ${t.deadline} is not null)`),
    check('exam_sessions_page_check', sql`${t.lastPageIndex} is null or ${t.lastPageIndex} >= 0`),
    check('exam_sessions_extension_check', sql`${t.extensionMinutes} >= 0`),
  ],
);

/** One row per (session, question): the newest choice by the client's seq, whatever order requests arrive in. */
export const sessionAnswers = pgTable(
  'session_answers',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => examSessions.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    /** Null when the worker cleared the answer. */
    optionId: text('option_id'),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    clientTime: timestamp('client_time', { withTimezone: true }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.questionId] }),
    foreignKey({
      name: 'session_answers_option_of_question_fk',
      columns: [t.questionId, t.optionId],
      foreignColumns: [questionOptions.questionId, questionOptions.id],
    }).onDelete('cascade'),
    check('session_answers_seq_check', sql`${t.seq} >= 0`),
  ],
);

/** Append-only timeline of every save request, applied or stale, for audits and disputes. */
export const answerEvents = pgTable(
  'answer_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => examSessions.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    optionId: text('option_id'),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    clientTime: timestamp('client_time', { withTimezone: true }),
    serverTime: timestamp('server_time', { withTimezone: true }).notNull().defaultNow(),
    applied: boolean('applied').notNull(),
  },
  (t) => [index('answer_events_session_idx').on(t.sessionId, t.id)],
);

export const ACTIVITY_KINDS = ['started', 'page', 'heartbeat_gap', 'taken_over', 'submitted'] as const;

/**
 * Append-only record of what happened in an attempt besides answers (release 5): starts and
 * resumes (with the device), page changes, heartbeat gaps (written when a heartbeat arrives after
 * a silence, so a steady heartbeat writes nothing here) and device take-overs. With answer_events
 * and the audit log it makes the attempt's timeline. `detail` holds the kind's own fields, e.g.
 * {pageIndex}, {gapSeconds}, {device}.
 */
export const sessionActivity = pgTable(
  'session_activity',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => examSessions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    detail: jsonb('detail'),
  },
  (t) => [
    index('session_activity_session_idx').on(t.sessionId, t.id),
    check('session_activity_kind_check', sql`${t.kind} in ('started', 'page', 'heartbeat_gap', 'taken_over', 'submitted')`),
  ],
);

/** Written when a worker passes an assessment that certifies competencies. */
export const competencyAchievements = pgTable(
  'competency_achievements',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => examSessions.id, { onDelete: 'cascade' }),
    achievedAt: timestamp('achieved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.competencyId, t.sessionId] })],
);
