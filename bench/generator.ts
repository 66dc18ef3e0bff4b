// A load-generator process: simulates the workers (devices) the parent hands it, phase by phase,
// over keep-alive connection pools, and reports latencies and errors per phase. Started by
// bench/load.ts with `fork`; talks over the IPC channel only (see bench/protocol.ts).
import { setTimeout as sleep } from 'node:timers/promises';
import { call, openPools, openStream, type Csrf, type Outcome, type Pools, type StreamHandle } from './http.js';
import type { Behaviour, Command, PhaseReport, Reply, WorkerSeat } from './protocol.js';
import { addTo, exponentialDelay } from './stats.js';

type Question = { id: string; options: string[] };

class Phase {
  readonly report: PhaseReport = { latencies: {}, errors: {}, firstSentAt: Date.now(), lastDoneAt: Date.now(), streamsDropped: 0 };

  /** Records one request of `kind`; anything but 2xx is an error. */
  record(kind: string, outcome: Outcome) {
    (this.report.latencies[kind] ??= []).push(outcome.ms);
    if (outcome.status < 200 || outcome.status >= 300) addTo(this.report.errors, `${kind} ${outcome.status}${outcome.error ? ` ${outcome.error}` : ''}`);
    this.report.lastDoneAt = Date.now();
  }
}

/** One worker's device: its exam session, the answers it has given (seq per question) and its page. */
class SimulatedWorker {
  questions: Question[] = [];
  perPage = 10;
  page = 0;
  private readonly seq = new Map<string, number>();
  private next = 0;
  stream?: StreamHandle;
  streamExpected = false;

  constructor(
    readonly seat: WorkerSeat,
    private readonly pools: Pools,
    private readonly csrf: Csrf,
  ) {}

  private send(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) {
    return call(this.pools.requests, method, `/api/sessions/${this.seat.sessionId}${path}`, this.seat.cookie, this.csrf, body);
  }

  /** Starts the session; a refused start (counted as an error) is tried again after a second, up to 3 times, as a worker would click again. */
  async start(phase: Phase) {
    let outcome: Outcome;
    for (let attempt = 1; ; attempt++) {
      outcome = await this.send('POST', '/start');
      phase.record('start', outcome);
      if (outcome.status === 200 || attempt === 3) break;
      await sleep(1_000);
    }
    if (outcome.status !== 200) return;
    const view = JSON.parse(outcome.text) as { questions: { id: string; options: { id: string }[] }[]; questionsPerPage: number; pageIndex: number };
    this.questions = view.questions.map((q) => ({ id: q.id, options: q.options.map((o) => o.id) }));
    this.perPage = view.questionsPerPage;
    this.page = view.pageIndex;
    // Workers begin at different questions, so page changes are spread over the run.
    this.next = Math.floor(Math.random() * this.questions.length);
  }

  async openEventStream(phase: Phase, onDrop: () => void) {
    const started = performance.now();
    this.streamExpected = true;
    const stream = await openStream(this.pools.streams, `/api/sessions/${this.seat.sessionId}/events`, this.seat.cookie);
    phase.record('stream', { status: stream.status, ms: performance.now() - started, text: '', error: stream.error });
    if (stream.status !== 200) return;
    this.stream = stream;
    void stream.ended.then(() => {
      if (this.streamExpected) onDrop();
    });
  }

  /**
   * Answers the next question with a random option. As a worker (`kind` save) it first changes page
   * when the question is on another one; the saturation run (`kind` saturate) only saves.
   */
  async answer(phase: Phase, kind = 'save') {
    if (!this.questions.length) return;
    const index = this.next++ % this.questions.length;
    const q = this.questions[index]!;
    const page = Math.floor(index / this.perPage);
    if (kind === 'save' && page !== this.page) {
      this.page = page;
      phase.record('position', await this.send('PUT', '/position', { pageIndex: page }));
    }
    const seq = (this.seq.get(q.id) ?? 0) + 1;
    this.seq.set(q.id, seq);
    const optionId = q.options[Math.floor(Math.random() * q.options.length)]!;
    phase.record(kind, await this.send('PUT', `/answers/${q.id}`, { optionId, seq, clientTime: new Date().toISOString() }));
  }

  async heartbeat(phase: Phase) {
    phase.record('heartbeat', await this.send('POST', '/heartbeat'));
  }

  async submit(phase: Phase) {
    phase.record('submit', await this.send('POST', '/submit'));
  }
}

let workers: SimulatedWorker[] = [];
let pools: Pools;
let baseCsrf: Csrf;
let dropped = 0;


/** Every worker acts on its own clock for `durationMs`: answers after exponential think times, heartbeats on a fixed period from a random phase. */
async function run(phase: Phase, durationMs: number, behaviour: Behaviour) {
  const until = Date.now() + durationMs;
  const inFlight = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };
  const timers: NodeJS.Timeout[] = [];
  const every = (worker: SimulatedWorker, delay: () => number, act: (w: SimulatedWorker) => Promise<void>, first = delay()) => {
    const tick = () => {
      if (Date.now() >= until) return;
      track(act(worker));
      timers.push(setTimeout(tick, delay()));
    };
    timers.push(setTimeout(tick, first));
  };
  for (const worker of workers) {
    every(worker, () => exponentialDelay(behaviour.answerMeanMs), (w) => w.answer(phase));
    every(worker, () => behaviour.heartbeatMs, (w) => w.heartbeat(phase), Math.random() * behaviour.heartbeatMs);
  }
  await sleep(durationMs);
  timers.forEach(clearTimeout);
  while (inFlight.size) await Promise.all([...inFlight]);
}

/** `inFlight` loops sending back to back for `durationMs`. */
async function saturate(phase: Phase, route: 'bare' | 'save', inFlight: number, durationMs: number) {
  const until = Date.now() + durationMs;
  let turn = 0;
  const loop = async () => {
    while (Date.now() < until) {
      if (route === 'bare') phase.record('bare', await call(pools.requests, 'GET', '/api/auth/csrf', baseCsrf.cookie));
      else await workers[turn++ % workers.length]!.answer(phase, 'saturate');
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
}

async function handle(command: Command, phase: Phase): Promise<void> {
  switch (command.type) {
    case 'init':
      pools = openPools(command.url, command.connections);
      baseCsrf = command.csrf;
      workers = command.seats.map((seat) => new SimulatedWorker(seat, pools, command.csrf));
      return;
    case 'start':
      await Promise.all(workers.map((w) => w.start(phase)));
      return;
    case 'streams':
      await Promise.all(workers.map((w) => w.openEventStream(phase, () => dropped++)));
      return;
    case 'run':
      dropped = 0;
      await run(phase, command.durationMs, command.behaviour);
      phase.report.streamsDropped = dropped;
      return;
    case 'submit':
      await Promise.all(workers.map(async (w, i) => (await sleep((i / workers.length) * command.spreadMs), w.submit(phase))));
      return;
    case 'saturate':
      await saturate(phase, command.route, command.inFlight, command.durationMs);
      return;
    case 'closeStreams':
      for (const w of workers) {
        w.streamExpected = false;
        w.stream?.close();
      }
      return;
    case 'exit':
      await Promise.all([pools?.requests.destroy(), pools?.streams.destroy()]).catch(() => {});
      process.exit(0);
  }
}

process.on('message', (command: Command) => {
  const phase = new Phase();
  handle(command, phase).then(
    () => process.send!({ type: 'done', report: phase.report } satisfies Reply),
    (err: unknown) => process.send!({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies Reply),
  );
});
