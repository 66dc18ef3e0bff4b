import { AnswerOutbox } from '../web/src/features/exam/autosave/outbox';
import { OutboxStore, type StorageLike } from '../web/src/features/exam/autosave/outboxStore';
import type { ExamTaker } from './exam-setup.js';
import { nodeOutboxTransport, type TrafficLog } from './node-transport.js';

/** What the worker last chose per question (null: cleared), and how its outbox ended. */
export type WorkerRecord = {
  sessionId: string;
  lastChoice: Map<string, string | null>;
  changes: number;
  drained: 'drained' | 'ended' | 'aborted';
  /** Questions whose last change was still in the outbox when draining gave up: late, not lost. */
  stillWaiting: Set<string>;
};

/** localStorage for a device in Node: the outbox keeps its copy here, as in the browser. */
export class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Every question 2 to 4 times (changes of mind), visited in random order. */
function answeringPlan(questionIds: string[]): string[] {
  const plan = questionIds.flatMap((id) => Array.from({ length: 2 + Math.floor(Math.random() * 3) }, () => id));
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [plan[i], plan[j]] = [plan[j]!, plan[i]!];
  }
  return plan;
}

/**
 * One worker taking the exam through the real browser outbox: random choices (now and then a
 * cleared answer), several per question, spread over about `durationMs`; page moves as it goes.
 * Then the outbox is drained (at most `drainTimeoutMs`).
 */
export async function takeExam(taker: ExamTaker, log: TrafficLog, timing: { durationMs: number; drainTimeoutMs: number }): Promise<WorkerRecord> {
  const store = new OutboxStore(new MemoryStorage(), taker.sessionId);
  const outbox = new AnswerOutbox({
    store,
    transport: nodeOutboxTransport(taker.device, taker.sessionId, log),
    onRejected: (what, reason) => log.rejected.push(`${taker.username} ${what}: ${reason}`),
  });
  outbox.resume({});
  const lastChoice = new Map<string, string | null>();
  const plan = answeringPlan(taker.questions.map((q) => q.id));
  const pause = timing.durationMs / plan.length;
  let page = -1;
  for (const questionId of plan) {
    await sleep(pause * (0.5 + Math.random()));
    const index = taker.questions.findIndex((q) => q.id === questionId);
    const optionId = Math.random() < 0.05 ? null : pick(taker.questions[index]!.options);
    if (Math.floor(index / taker.questionsPerPage) !== page) {
      page = Math.floor(index / taker.questionsPerPage);
      outbox.moveTo(page);
    }
    outbox.record(questionId, optionId);
    lastChoice.set(questionId, optionId);
  }
  const drained = await outbox.drain(AbortSignal.timeout(timing.drainTimeoutMs));
  outbox.stop();
  return { sessionId: taker.sessionId, lastChoice, changes: plan.length, drained, stillWaiting: new Set(Object.keys(store.read().answers)) };
}
