import { describe, expect, it, vi } from 'vitest';
import { AnswerOutbox, MAX_ANSWERS_IN_FLIGHT, type OutboxTransport, type SendOutcome, type Timers } from './outbox';
import { OutboxStore, type AnswerChange, type StorageLike } from './outboxStore';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

/** A transport whose requests stay open until the test answers them. */
class ManualTransport implements OutboxTransport {
  readonly answers: { change: AnswerChange; reply: (outcome: SendOutcome) => void }[] = [];
  readonly positions: { pageIndex: number; reply: (outcome: SendOutcome) => void }[] = [];
  storedAtSend: string[] = [];

  constructor(private readonly storage?: MemoryStorage) {}

  saveAnswer(change: AnswerChange): Promise<SendOutcome> {
    if (this.storage) this.storedAtSend.push(this.storage.getItem('ujian.outbox.s1') ?? '');
    return new Promise((reply) => this.answers.push({ change, reply }));
  }

  savePosition(pageIndex: number): Promise<SendOutcome> {
    return new Promise((reply) => this.positions.push({ pageIndex, reply }));
  }

  /** Answers the oldest open answer request. */
  async answerNext(outcome: SendOutcome): Promise<AnswerChange> {
    const next = this.answers.shift();
    if (!next) throw new Error('no open answer request');
    next.reply(outcome);
    await flushPromises();
    return next.change;
  }
}

class ManualTimers implements Timers {
  readonly scheduled: { callback: () => void; ms: number }[] = [];
  set = (callback: () => void, ms: number) => {
    const entry = { callback, ms };
    this.scheduled.push(entry);
    return entry;
  };
  clear = (handle: unknown) => {
    const index = this.scheduled.indexOf(handle as (typeof this.scheduled)[number]);
    if (index >= 0) this.scheduled.splice(index, 1);
  };
  runAll() {
    for (const entry of this.scheduled.splice(0)) entry.callback();
  }
}

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(storage = new MemoryStorage()) {
  const transport = new ManualTransport(storage);
  const timers = new ManualTimers();
  const onServerAnswer = vi.fn();
  const onRejected = vi.fn();
  const outbox = new AnswerOutbox({
    store: new OutboxStore(storage, 's1'),
    transport,
    timers,
    random: () => 1,
    now: () => new Date('2025-01-01T00:00:00Z'),
    onServerAnswer,
    onRejected,
  });
  return { outbox, transport, timers, storage, onServerAnswer, onRejected };
}

const stored = (storage: MemoryStorage) => JSON.parse(storage.getItem('ujian.outbox.s1') ?? '{}');

describe('AnswerOutbox', () => {
  it('keeps at most MAX_ANSWERS_IN_FLIGHT answers on the way, so a room back from an outage is no thundering herd', async () => {
    const { outbox, transport } = setup();
    outbox.resume({});
    for (let q = 1; q <= 10; q++) outbox.record(`q${q}`, 'a');
    expect(transport.answers).toHaveLength(MAX_ANSWERS_IN_FLIGHT);
    // Each landing sends the next waiting question, oldest first, until all ten are saved.
    const sent: string[] = [];
    while (transport.answers.length) sent.push((await transport.answerNext({ kind: 'saved' })).questionId);
    expect(sent).toEqual(Array.from({ length: 10 }, (_, i) => `q${i + 1}`));
    expect(outbox.getSnapshot().waiting).toBe(0);
  });

  it('stores a change before its request leaves, and forgets it once the server confirms', async () => {
    const { outbox, transport, storage } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');

    expect(transport.answers).toHaveLength(1);
    expect(JSON.parse(transport.storedAtSend[0]!).answers.q1).toMatchObject({ optionId: 'a', seq: 1 });
    expect(outbox.getSnapshot()).toMatchObject({ waiting: 1, sending: true });

    await transport.answerNext({ kind: 'saved' });
    expect(stored(storage).answers).toEqual({});
    expect(stored(storage).seq).toEqual({ q1: 1 });
    expect(outbox.getSnapshot()).toMatchObject({ waiting: 0, sending: false });
  });

  it('keeps one request per question in flight; the newest queued change replaces older ones', async () => {
    const { outbox, transport } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    outbox.record('q1', 'b');
    outbox.record('q1', 'c');
    expect(transport.answers.map((r) => r.change.optionId)).toEqual(['a']);

    const first = await transport.answerNext({ kind: 'saved' });
    expect(first.seq).toBe(1);
    expect(transport.answers.map((r) => [r.change.optionId, r.change.seq])).toEqual([['c', 3]]);
    await transport.answerNext({ kind: 'saved' });
    expect(transport.answers).toHaveLength(0);
    expect(outbox.getSnapshot().waiting).toBe(0);
  });

  it('sends changes of different questions side by side', () => {
    const { outbox, transport } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    outbox.record('q2', 'x');
    expect(transport.answers.map((r) => r.change.questionId)).toEqual(['q1', 'q2']);
    expect(outbox.getSnapshot().waiting).toBe(2);
  });

  it("counts seq on from the server's answerSeq and keeps the counter across reloads", async () => {
    const storage = new MemoryStorage();
    const first = setup(storage);
    first.outbox.resume({ q1: 7 });
    first.outbox.record('q1', 'a');
    expect(first.transport.answers[0]!.change.seq).toBe(8);
    await first.transport.answerNext({ kind: 'saved' });
    first.outbox.stop();

    // A reload whose server view is older than what this device already issued.
    const second = setup(storage);
    second.outbox.resume({ q1: 7 });
    second.outbox.record('q1', 'b');
    expect(second.transport.answers[0]!.change.seq).toBe(9);
  });

  it('on resume replays stored changes newer than the server and forgets older ones', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'ujian.outbox.s1',
      JSON.stringify({
        seq: { q1: 4, q2: 2 },
        answers: {
          q1: { questionId: 'q1', optionId: 'new', seq: 4, clientTime: 't' },
          q2: { questionId: 'q2', optionId: 'old', seq: 2, clientTime: 't' },
        },
        position: 2,
      }),
    );
    const { outbox, transport } = setup(storage);
    const kept = outbox.resume({ q1: 3, q2: 5 });

    expect(kept.answers.map((c) => c.optionId)).toEqual(['new']);
    expect(kept.position).toBe(2);
    expect(transport.answers.map((r) => [r.change.questionId, r.change.seq])).toEqual([['q1', 4]]);
    expect(transport.positions.map((r) => r.pageIndex)).toEqual([2]);
    expect(Object.keys(stored(storage).answers)).toEqual(['q1']);
  });

  it('treats a stale reply as done, and shows the server answer when it is newer than anything here', async () => {
    const { outbox, transport, onServerAnswer } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    await transport.answerNext({ kind: 'stale', current: { optionId: 'z', seq: 5 } });

    expect(outbox.getSnapshot().waiting).toBe(0);
    expect(onServerAnswer).toHaveBeenCalledWith('q1', 'z', 'refused');
    outbox.record('q1', 'b');
    expect(transport.answers[0]!.change.seq).toBe(6);
  });

  it('after a stale reply still sends a newer change made meanwhile', async () => {
    const { outbox, transport, onServerAnswer } = setup();
    outbox.resume({ q1: 1 });
    outbox.record('q1', 'a'); // seq 2
    outbox.record('q1', 'b'); // seq 3, queued
    await transport.answerNext({ kind: 'stale', current: { optionId: 'a', seq: 2 } });

    expect(onServerAnswer).not.toHaveBeenCalled();
    expect(transport.answers.map((r) => [r.change.optionId, r.change.seq])).toEqual([['b', 3]]);
  });

  it('backs off after a network failure, shows offline, and goes again at once when told', async () => {
    const { outbox, transport, timers } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    outbox.record('q2', 'b');
    await transport.answerNext({ kind: 'retry', offline: true });
    await transport.answerNext({ kind: 'retry', offline: true });

    expect(outbox.getSnapshot()).toMatchObject({ waiting: 2, offline: true, sending: false });
    expect(timers.scheduled.map((t) => t.ms)).toEqual([500]);

    timers.runAll();
    expect(transport.answers).toHaveLength(2);
    await transport.answerNext({ kind: 'retry', offline: true });
    await transport.answerNext({ kind: 'retry', offline: true });
    expect(timers.scheduled.map((t) => t.ms)).toEqual([1000]);

    outbox.retryNow();
    expect(timers.scheduled).toHaveLength(0);
    await transport.answerNext({ kind: 'saved' });
    await transport.answerNext({ kind: 'saved' });
    expect(outbox.getSnapshot()).toMatchObject({ waiting: 0, offline: false });
  });

  it('sends what waits for a backoff as soon as another request gets through', async () => {
    const { outbox, transport, timers } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    await transport.answerNext({ kind: 'retry', offline: true });
    outbox.record('q2', 'b');
    await transport.answerNext({ kind: 'saved' });

    expect(timers.scheduled).toHaveLength(0);
    expect(transport.answers.map((r) => r.change.questionId)).toEqual(['q1']);
  });

  it('stops when the exam is over and lets drain() know', async () => {
    const { outbox, transport } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    outbox.record('q2', 'b');
    const drained = outbox.drain();
    await transport.answerNext({ kind: 'ended', code: 'time_up' });

    await expect(drained).resolves.toBe('ended');
    expect(outbox.getSnapshot().endedCode).toBe('time_up');
    await transport.answerNext({ kind: 'saved' });
    outbox.record('q3', 'c');
    expect(transport.answers).toHaveLength(0);
  });

  it('drops a change the server rejects as malformed and reports it', async () => {
    const { outbox, transport, onRejected } = setup();
    outbox.resume({});
    outbox.record('q1', 'bogus');
    await transport.answerNext({ kind: 'rejected', reason: '400 validation' });

    expect(onRejected).toHaveBeenCalledWith('answer q1 seq 1', '400 validation');
    expect(outbox.getSnapshot().waiting).toBe(0);
  });

  it('drain() resolves once every change is confirmed', async () => {
    const { outbox, transport } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    let settled = false;
    const drained = outbox.drain().then((result) => {
      settled = true;
      return result;
    });
    await flushPromises();
    expect(settled).toBe(false);

    await transport.answerNext({ kind: 'saved' });
    await expect(drained).resolves.toBe('drained');
  });

  it('drain() gives up when its signal aborts', async () => {
    const { outbox } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    const controller = new AbortController();
    const drained = outbox.drain(controller.signal);
    controller.abort();
    await expect(drained).resolves.toBe('aborted');
  });

  it('sends page changes one at a time, newest last, and stores the unconfirmed one', async () => {
    const { outbox, transport, storage } = setup();
    outbox.resume({});
    outbox.moveTo(1);
    outbox.moveTo(2);
    outbox.moveTo(3);
    expect(transport.positions.map((r) => r.pageIndex)).toEqual([1]);
    expect(stored(storage).position).toBe(3);

    transport.positions.shift()!.reply({ kind: 'saved' });
    await flushPromises();
    expect(transport.positions.map((r) => r.pageIndex)).toEqual([3]);
    transport.positions.shift()!.reply({ kind: 'saved' });
    await flushPromises();
    expect(stored(storage).position).toBeNull();
    expect(outbox.getSnapshot().positionPending).toBe(false);
  });

  it('after stop() sends nothing new but still forgets what the server confirmed', async () => {
    const { outbox, transport, storage } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    outbox.stop();
    outbox.record('q2', 'b');
    expect(transport.answers).toHaveLength(1);
    await transport.answerNext({ kind: 'saved' });
    expect(Object.keys(stored(storage).answers)).toEqual(['q2']);
  });

  it('works from memory when storage is unavailable', async () => {
    const transport = new ManualTransport();
    const outbox = new AnswerOutbox({ store: new OutboxStore(null, 's1'), transport, timers: new ManualTimers() });
    outbox.resume({ q1: 2 });
    outbox.record('q1', 'a');
    expect(transport.answers[0]!.change.seq).toBe(3);
    await transport.answerNext({ kind: 'saved' });
    expect(outbox.getSnapshot().waiting).toBe(0);
  });
  it('after a 5xx says the server has a problem, and after a 503 waits the Retry-After', async () => {
    const { outbox, transport, timers } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    await transport.answerNext({ kind: 'retry', offline: false, serverError: true, retryAfterMs: 7_000 });
    expect(outbox.getSnapshot()).toMatchObject({ waiting: 1, serverError: true, offline: false });
    expect(timers.scheduled.map((t) => t.ms)).toEqual([7_000]);
    timers.runAll();
    await transport.answerNext({ kind: 'saved' });
    expect(outbox.getSnapshot()).toMatchObject({ waiting: 0, serverError: false });
  });

  it('on taken_over stops sending anything, keeps the change stored, and lets drain() finish', async () => {
    const { outbox, transport, timers, storage } = setup();
    outbox.resume({});
    outbox.record('q1', 'a');
    await transport.answerNext({ kind: 'taken_over' });
    outbox.record('q2', 'b');
    outbox.moveTo(1);
    outbox.retryNow();
    expect(transport.answers).toHaveLength(0);
    expect(transport.positions).toHaveLength(0);
    expect(timers.scheduled).toHaveLength(0);
    expect(outbox.getSnapshot()).toMatchObject({ takenOver: true, waiting: 2 });
    expect(Object.keys(stored(storage).answers).sort()).toEqual(['q1', 'q2']);
    expect(await outbox.drain()).toBe('ended');
  });

  it('keeps two tabs in step through the shared storage: choices, confirmations and stale refusals', async () => {
    const storage = new MemoryStorage();
    const tab1 = setup(storage);
    const tab2 = setup(storage);
    tab1.outbox.resume({});
    tab2.outbox.resume({});

    tab1.outbox.record('q1', 'a'); // seq 1, on its way from tab 1
    tab2.outbox.syncFromStorage();
    expect(tab2.onServerAnswer).toHaveBeenLastCalledWith('q1', 'a', 'other_tab');
    // Tab 2 shows it as not yet saved, and sends it too (a closed tab 1 must not strand it).
    expect(tab2.outbox.getSnapshot().waiting).toBe(1);

    await tab1.transport.answerNext({ kind: 'saved' });
    tab2.outbox.syncFromStorage();
    expect(tab2.outbox.getSnapshot().waiting).toBe(0);

    // Tab 2's duplicate lands as a harmless stale; its next change of q1 follows tab 1's seq.
    await tab2.transport.answerNext({ kind: 'stale', current: { optionId: 'a', seq: 1 } });
    tab2.outbox.record('q1', 'b');
    expect(tab2.transport.answers.at(-1)!.change.seq).toBe(2);
    // A refusal in one tab shows the server's answer in the other.
    tab1.outbox.record('q2', 'c');
    await tab1.transport.answerNext({ kind: 'stale', current: { optionId: 'x', seq: 4 } });
    tab2.outbox.syncFromStorage();
    expect(tab2.onServerAnswer).toHaveBeenLastCalledWith('q2', 'x', 'other_tab');
  });
});
