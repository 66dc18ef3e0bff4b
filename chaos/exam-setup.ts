import pg from 'pg';
import { hashPassword } from '../server/domain/accounts/passwords.js';
import { HttpClient } from '../server/test/http-client.js';

const PASSWORD = 'chaos-password';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One simulated worker: its device (logged in), its started session and its questions in order. */
export type ExamTaker = { username: string; device: HttpClient; sessionId: string; questions: { id: string; options: string[] }[]; questionsPerPage: number };

type Answer = { status: number; json: Record<string, unknown> };

/**
 * A 2xx answer's body. Setup runs before any fault, but the server may still shed load (429, 503)
 * or a connection may fail under 500 simultaneous logins: those are waited out and repeated.
 */
async function ok(what: string, send: () => Promise<Answer>): Promise<Record<string, unknown>> {
  for (let attempt = 1; ; attempt++) {
    const answer = await send().catch((error: unknown): Answer => ({ status: 0, json: { message: String(error) } }));
    if (answer.status >= 200 && answer.status < 300) return answer.json;
    if (![0, 429, 503].includes(answer.status) || attempt === 20) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.json)}`);
    await sleep(500 * attempt);
  }
}

/** Runs `task` over `items`, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}

/**
 * The first admin goes straight into the database (with the project's own password hashing), as
 * an operator would bootstrap it; everything else goes through the HTTP API: HC, `workers`
 * coachees, an open assessment with one package of `questions` 4-option questions, the
 * assignment; then every worker logs in at `workerUrl` (its network) and starts its session.
 */
export async function setUpExam(
  urls: { server: string; workers: string; database: string },
  counts: { workers: number; questions: number },
): Promise<ExamTaker[]> {
  const serverUrl = urls.server;
  const db = new pg.Client({ connectionString: urls.database });
  await db.connect();
  try {
    await db.query(`insert into users (username, password_hash, name, role) values ('chaos-admin', $1, 'Chaos Admin', 'admin')`, [await hashPassword(PASSWORD)]);
  } finally {
    await db.end();
  }
  const login = async (username: string, url = serverUrl) => {
    const client = new HttpClient(url, 60_000);
    await ok(`log in ${username}`, async () => {
      await client.login(username, PASSWORD);
      return { status: 200, json: {} };
    });
    return client;
  };
  const admin = await login('chaos-admin');
  await ok('create HC', () => admin.request('POST', '/api/users', { username: 'chaos-hc', password: PASSWORD, name: 'Chaos HC', role: 'hc' }));
  const usernames = Array.from({ length: counts.workers }, (_, i) => `chaos-worker-${i + 1}`);
  const userIds = await inBatches(usernames, 8, async (username) => {
    const user = await ok(`create ${username}`, () => admin.request('POST', '/api/users', { username, password: PASSWORD, name: username, role: 'coachee', unit: 'Chaos' }));
    return (user.user as { id: string }).id;
  });

  const hc = await login('chaos-hc');
  const now = Date.now();
  const assessment = await ok('create the assessment', () =>
    hc.request('POST', '/api/assessments', {
      title: 'Chaos autosave',
      description: 'Every answer survives',
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      durationMinutes: 600,
      passScore: 50,
      questionsPerPage: 10,
      shuffleQuestions: false,
      shuffleOptions: false,
      competencyIds: [],
    }),
  );
  const pkg = await ok('create the package', () => hc.request('POST', `/api/assessments/${assessment.id as string}/packages`, {}));
  await inBatches(
    Array.from({ length: counts.questions }, (_, i) => i),
    4,
    (i) =>
      ok(`question ${i + 1}`, () =>
        hc.request('POST', `/api/packages/${pkg.id as string}/questions`, {
          text: `Soal ${i + 1}`,
          points: 1,
          options: ['A', 'B', 'C', 'D'].map((text, k) => ({ text: `${text}${i + 1}`, correct: k === i % 4 })),
        }),
      ),
  );
  const assigned = await ok('assign', () => hc.request('POST', `/api/assessments/${assessment.id as string}/assignments`, { userIds }));
  const sessionOf = new Map((assigned.sessions as { userId: string; sessionId: string }[]).map((s) => [s.userId, s.sessionId]));

  return inBatches(usernames, 8, async (username, i) => {
    const device = await login(username, urls.workers);
    const sessionId = sessionOf.get(userIds[i]!)!;
    const view = await ok(`start ${username}`, () => device.request('POST', `/api/sessions/${sessionId}/start`));
    const questions = (view.questions as { id: string; options: { id: string }[] }[]).map((q) => ({ id: q.id, options: q.options.map((o) => o.id) }));
    return { username, device, sessionId, questions, questionsPerPage: view.questionsPerPage as number };
  });
}
