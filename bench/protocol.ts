// Messages between the benchmark (parent) and its load-generator processes (bench/generator.ts).
import type { Csrf } from './http.js';
import type { Tally } from './stats.js';

/** One simulated worker handed to a generator: a signed-in device and its exam session. */
export type WorkerSeat = { cookie: string; sessionId: string };

/** Worker behaviour during `run`: means and periods in ms. */
export type Behaviour = { answerMeanMs: number; heartbeatMs: number };

export type Command =
  | { type: 'init'; url: string; csrf: Csrf; seats: WorkerSeat[]; connections: number }
  /** Every worker starts its session at once. */
  | { type: 'start' }
  /** Every worker opens its event stream at once. */
  | { type: 'streams' }
  /** Workers answer, change pages and beat for `durationMs`. */
  | { type: 'run'; durationMs: number; behaviour: Behaviour }
  /** Every worker submits, spread evenly over `spreadMs`. */
  | { type: 'submit'; spreadMs: number }
  /** `inFlight` loops of `GET /api/auth/csrf` (`route: bare`) or of answer saves spread over the seats (`route: save`) for `durationMs`. */
  | { type: 'saturate'; route: 'bare' | 'save'; inFlight: number; durationMs: number }
  | { type: 'closeStreams' }
  | { type: 'exit' };

/** Latencies (ms) per kind of request, non-2xx answers by "<kind> <status>", when the phase began and ended (epoch ms). */
export type PhaseReport = {
  latencies: Record<string, number[]>;
  errors: Tally;
  firstSentAt: number;
  lastDoneAt: number;
  /** Event streams that ended while they should have stayed open. */
  streamsDropped: number;
};

export type Reply = { type: 'done'; report: PhaseReport } | { type: 'failed'; message: string };
