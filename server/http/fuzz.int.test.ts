import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../common/roles.js';
import { createExamFixture } from '../test/exam-fixtures.js';
import { createUserVia } from '../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../test/test-server.js';
import { ACCESS_MATRIX } from '../test/access-matrix.js';
import { jsonSchemaOf, pathSegment, queryString, requestBody, type IdPool, type RequestBody } from './fuzz-arbitraries.js';

/**
 * Every registered route, called by a role allowed to call it, with requests generated from its
 * own zod schemas (valid-shaped values mixed with hostile ones: NUL, control characters, lone
 * surrogates, huge strings, deep nesting, wrong types, out-of-range dates and numbers, unknown
 * ids). Never a 5xx; every 4xx in the contract's shape and with the database unchanged.
 * FUZZ_RUNS (default 15) sets the cases per route: `npm test` keeps it small, chaos runs raise it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);

/**
 * Tables whose rows a refused request must leave as they were. Not guarded: login bookkeeping,
 * the audit log, and answer_events (the answer timeline records every save that arrived, refused
 * stale ones included, by design).
 */
const GUARDED_TABLES = [
  'users',
  'coach_links',
  'competencies',
  'assessments',
  'assessment_competencies',
  'question_packages',
  'questions',
  'question_options',
  'exam_sessions',
  'session_answers',
  'competency_achievements',
];

let t: TestServer;
const clients = {} as Record<Role | 'anonymous', TestClient>;
let people: { workerUsername: string; victimId: string; coachId: string };

beforeAll(async () => {
  t = await createTestServer();
  const admin = await t.loginAs('admin');
  const made = async (role: Role) => {
    const user = await createUserVia(admin, role);
    return { ...user, client: await t.loginAs(user.username, user.password) };
  };
  const [madeAdmin, hc, coach, worker] = [await made('admin'), await made('hc'), await made('coach'), await made('coachee')];
  // The callers' own ids stay out of the pools (a generated request may deactivate the user it names), the victim's is in.
  const victim = await createUserVia(admin, 'coachee');
  Object.assign(clients, { anonymous: await t.anonymous(), admin: madeAdmin.client, hc: hc.client, coach: coach.client, coachee: worker.client });
  people = { workerUsername: worker.username, victimId: victim.id, coachId: coach.id };
}, 180_000); // five password hashes and logins: slow on a busy machine
afterAll(() => t.close());

/**
 * Fresh rows for one route's cases (an earlier route may have deleted or closed the last ones):
 * an open exam with the worker's session started, and a competency. Returns the ids by field/segment name.
 */
async function freshIds(): Promise<IdPool> {
  const exam = await createExamFixture(t.database.db, { workers: [people.workerUsername], questionCount: 3 });
  const sessionId = Object.values(exam.sessions)[0]!;
  await clients.coachee.post(`/api/sessions/${sessionId}/start`); // so saves, pauses and submits reach the database
  const competency = (await clients.hc.post('/api/competencies', { code: `FZ-${Date.now()}`, name: 'Fuzz' })).json() as { id: string };
  const questions = exam.questions.map((q) => q.id);
  const byName: Record<string, string[]> = {
    assessments: [exam.assessmentId],
    packages: [exam.packageId],
    questions,
    questionId: questions,
    questionIds: questions,
    optionId: exam.questions.flatMap((q) => q.options),
    sessions: [sessionId],
    users: [people.victimId],
    userId: [people.victimId],
    userIds: [people.victimId],
    coacheeId: [people.victimId],
    coachId: [people.coachId],
    actor: [people.coachId, people.victimId],
    competencies: [competency.id],
    competencyIds: [competency.id],
  };
  const all = Object.values(byName).flat();
  return (name) => byName[name] ?? all;
}

/** A fingerprint of every guarded table's rows. */
async function databaseFingerprint(): Promise<string> {
  const parts = GUARDED_TABLES.map((table) => sql.raw(`(select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${table} x)`));
  const result = (await t.database.db.execute(sql`select concat_ws(',', ${sql.join(parts, sql`, `)}) as fp`)) as unknown as { rows: { fp: string }[] };
  return result.rows[0]!.fp;
}

/** The caller for a route: the first role the access matrix lets through, anonymous for public routes. */
function callerOf(rule: (typeof ACCESS_MATRIX)[string]): Role | 'anonymous' {
  return 'public' in rule ? 'anonymous' : rule.allow[0]!;
}

describe('fuzzing every route with generated hostile requests', () => {
  it('covers every registered route', () => {
    const registered = t.app.registeredRoutes.filter((r) => `${r.method} ${r.url}` in ACCESS_MATRIX).length;
    expect(registered).toBe(Object.keys(ACCESS_MATRIX).length);
  });

  it.each(Object.entries(ACCESS_MATRIX))('%s', async (key, rule) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const route = t.app.registeredRoutes.find((r) => r.method === method && r.url === pattern)!;
    // An event stream with a real id stays open: stream routes get made-up and hostile ids only.
    const ids: IdPool = pattern.endsWith('/events') ? () => [] : await freshIds();
    const paramsSchema = jsonSchemaOf(route.schema?.params);
    // `:id` takes the ids of the segment before it (`/assessments/:id`), other params their own name's.
    const segments = [...pattern.matchAll(/([^/]*)\/:([a-zA-Z]+)/g)].map(([, before, name]) => {
      const choices = paramsSchema?.properties?.[name!]?.enum;
      return choices ? fc.constantFrom(...choices.map(String), '%00', 'x') : pathSegment(ids(name === 'id' ? before! : name!));
    });
    const request = fc.record({
      segments: fc.tuple(...segments),
      query: queryString(jsonSchemaOf(route.schema?.querystring), ids),
      body: method === 'GET' || method === 'DELETE' ? fc.constant<RequestBody>({ payload: undefined }) : requestBody(jsonSchemaOf(route.schema?.body), ids),
    });
    const client = clients[callerOf(rule)];
    let fingerprint = await databaseFingerprint();

    await fc.assert(
      fc.asyncProperty(request, async ({ segments, query, body }) => {
        let i = 0;
        const url = pattern.replace(/:[a-zA-Z]+/g, () => segments[i++] as string) + query;
        const { payload, contentType } = body.payload !== undefined && body.contentType === undefined ? { payload: JSON.stringify(body.payload), contentType: 'application/json' } : body;
        const res = await client.request({
          method: method as 'GET',
          url,
          ...(payload === undefined ? {} : { payload: payload as string, headers: { 'content-type': contentType! } }),
        });
        const why = `${method} ${url.slice(0, 300)} ${String(payload).slice(0, 300)} -> ${res.statusCode} ${res.body.slice(0, 300)}`;
        expect(res.statusCode, why).toBeLessThan(500);
        if (res.statusCode >= 400) {
          const error = res.json() as Record<string, unknown>;
          expect(error, why).toMatchObject({ error: expect.any(String), message: expect.any(String) });
          expect(error, why).not.toHaveProperty('statusCode');
        }
        // One fingerprint per request: compared with the one taken after the previous request.
        const after = await databaseFingerprint();
        if (res.statusCode >= 400) expect(after, `a refused request changed the database: ${why}`).toBe(fingerprint);
        fingerprint = after;
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
