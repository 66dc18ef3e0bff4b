import { inArray } from 'drizzle-orm';
import { users } from '../server/db/schema.js';
import { createExamFixture } from '../server/test/exam-fixtures.js';
import { cookieHeader, openSse } from '../server/test/sse-client.js';
import { createTestServer } from '../server/test/test-server.js';

export type AutosaveResult = { sequentialP50: number; sequentialP95: number; sequentialPerSecond: number; concurrentPerSecond: number };
export type MonitoringResult = {
  sessions: number;
  queriesPerRequestOneViewer: number;
  queriesPerRequestFiftyViewers: number;
  authQueriesPerRequest: number;
  snapshotMs: number;
  loadMs: number;
  heapPerStreamBytes: number;
};

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;

/** Saves through the HTTP stack, one at a time and 20 at a time, on the engine TEST_DB names. */
export async function benchAutosave(saves = 600): Promise<AutosaveResult> {
  const t = await createTestServer();
  try {
    const fixture = await createExamFixture(t.database.db, { workers: ['worker1'], questionCount: 50 });
    const worker = await t.loginAs('worker1');
    const id = fixture.sessions.worker1!;
    await worker.post(`/api/sessions/${id}/start`);
    let seq = 0;
    const saveOne = () => {
      const q = fixture.questions[seq % 50]!;
      seq++;
      return worker.put(`/api/sessions/${id}/answers/${q.id}`, { optionId: q.options[seq % 4], seq });
    };
    const latencies: number[] = [];
    const seqStart = performance.now();
    for (let i = 0; i < saves; i++) {
      const started = performance.now();
      await saveOne();
      latencies.push(performance.now() - started);
    }
    const sequentialPerSecond = saves / ((performance.now() - seqStart) / 1000);
    const concStart = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: 20 }, async () => {
      while (next++ < saves) await saveOne();
    }));
    return {
      sequentialP50: percentile(latencies, 0.5),
      sequentialP95: percentile(latencies, 0.95),
      sequentialPerSecond,
      concurrentPerSecond: saves / ((performance.now() - concStart) / 1000),
    };
  } finally {
    await t.close();
  }
}

/** Database work of the dashboard with 1 and with 50 viewers, and the memory an open stream holds. */
export async function benchMonitoring(): Promise<MonitoringResult> {
  const t = await createTestServer();
  try {
    const db = t.database.db;
    // 500 workers in one room (the demo has 20): bulk-create the rest as coachees.
    const extra = Array.from({ length: 480 }, (_, i) => ({ username: `bench${i}`, passwordHash: 'x', name: `Peserta ${i}`, role: 'coachee' as const, unit: 'Produksi' }));
    await db.insert(users).values(extra);
    const names = [...Array.from({ length: 20 }, (_, i) => `worker${i + 1}`), ...extra.map((u) => u.username)];
    const fixture = await createExamFixture(db, { workers: names, questionCount: 30 });
    await db.select().from(users).where(inArray(users.username, ['hc']));
    const hc = await t.loginAs('hc');
    const url = `/api/assessments/${fixture.assessmentId}/monitor`;

    const loadStarted = performance.now();
    await hc.get(url);
    const loadMs = performance.now() - loadStarted;
    const queriesFor = async (requests: number, path: string) => {
      const before = t.database.queries.count;
      for (let i = 0; i < requests; i++) await hc.get(path);
      return (t.database.queries.count - before) / requests;
    };
    const snapStarted = performance.now();
    const oneViewer = await queriesFor(20, url);
    const snapshotMs = (performance.now() - snapStarted) / 20;
    const authQueriesPerRequest = await queriesFor(20, '/api/auth/me');

    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const streams = await Promise.all(Array.from({ length: 50 }, () => openSse(`${base}${url}/events`, cookieHeader(hc.cookies))));
    await Promise.all(streams.map((s) => s.next((e) => e.event === 'snapshot')));
    const fifty = await queriesFor(20, url);
    global.gc?.();
    const heapPerStreamBytes = (process.memoryUsage().heapUsed - heapBefore) / 50;
    for (const s of streams) s.close();
    return { sessions: names.length, queriesPerRequestOneViewer: oneViewer, queriesPerRequestFiftyViewers: fifty, authQueriesPerRequest, snapshotMs, loadMs, heapPerStreamBytes };
  } finally {
    await t.close();
  }
}
