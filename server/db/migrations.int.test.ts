import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { holdsExam } from '../domain/delivery/session-access.js';
import { MIGRATIONS_DIR } from '../paths.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { runMigrations } from './migrate.js';
import { assessments, examSessions, sessionAnswers, users } from './schema.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A copy of the migrations folder that stops after migration `lastIdx`: "the previous release". */
function migrationsUpTo(lastIdx: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ujian-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= lastIdx);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

it('upgrades a database holding in-progress sessions without resetting page, deadline or answers', async () => {
  // Release 2 (exam sessions exist, no pause/close columns yet), with workers mid-exam.
  await runMigrations(database, migrationsUpTo(1));
  const exec = (text: string) => database.db.execute(text as never);
  await exec(`insert into users (id, username, password_hash, name, role) values ('u1', 'worker1', 'x', 'Agus', 'coachee')`);
  await exec(`insert into assessments (id, title, opens_at, closes_at, duration_minutes, pass_score, questions_per_page)
              values ('a1', 'K3', now() - interval '1 hour', now() + interval '1 day', 30, 70, 10)`);
  await exec(`insert into question_packages (id, assessment_id, name) values ('p1', 'a1', 'A')`);
  await exec(`insert into questions (id, package_id, position, text) values ('q1', 'p1', 1, 'Q1'), ('q2', 'p1', 2, 'Q2')`);
  await exec(`insert into question_options (id, question_id, position, text, is_correct) values ('o1', 'q1', 1, 'A', true), ('o2', 'q2', 1, 'B', true)`);
  await exec(`insert into exam_sessions (id, assessment_id, user_id, package_id, status, started_at, deadline, last_page_index, last_seen_at)
              values ('s1', 'a1', 'u1', 'p1', 'in_progress', now() - interval '5 minutes', now() + interval '25 minutes', 2, now())`);
  await exec(`insert into session_answers (session_id, question_id, option_id, seq) values ('s1', 'q1', 'o1', 3), ('s1', 'q2', 'o2', 1)`);
  const [before] = await database.db.select({ status: examSessions.status, deadline: examSessions.deadline, lastPageIndex: examSessions.lastPageIndex, startedAt: examSessions.startedAt }).from(examSessions).where(eq(examSessions.id, 's1'));

  // This release: every later migration, applied while the session is running.
  await runMigrations(database);

  const [after] = await database.db.select().from(examSessions).where(eq(examSessions.id, 's1'));
  expect(after).toMatchObject({ ...before, pausedAt: null, activeLoginSession: null });
  // No device holds a session started before devices were tracked: the worker's device keeps saving.
  expect(holdsExam(after!, { id: 'u1', role: 'coachee', tokenHash: 'the-device-already-taking-it' })).toBe(true);
  const answers = await database.db.select().from(sessionAnswers).where(eq(sessionAnswers.sessionId, 's1'));
  expect(answers.map((a) => [a.questionId, a.optionId, a.seq]).sort()).toEqual([['q1', 'o1', 3], ['q2', 'o2', 1]]);
  // Release 5's time zone arrives as WIB on every existing assessment, without a rewrite of its rows.
  const [assessment] = await database.db.select({ timeZone: assessments.timeZone }).from(assessments).where(eq(assessments.id, 'a1'));
  expect(assessment?.timeZone).toBe('Asia/Jakarta');
  // Release 7's chosen language starts unchosen: messages keep following the browser until the user picks one.
  const [user] = await database.db.select({ language: users.language, active: users.active }).from(users).where(eq(users.id, 'u1'));
  expect(user).toEqual({ language: null, active: true });
});
