import type { ChaosResult } from './run-chaos.js';

const SAMPLE = 5;

/**
 * Every way the run fell short of "exam day never goes down", one sentence each; empty when it
 * held: each question holds the worker's last choice in exactly one row, every accepted save is
 * in the answer log, every outbox drained, no 5xx but 503, no request refused as malformed, the
 * server never died on its own, every kind of fault was injected and saves resumed after PostgreSQL returned.
 */
export function problemsOf(result: ChaosResult): string[] {
  const { verdict } = result;
  const problems: string[] = [];
  if (verdict.lost.length) problems.push(`${verdict.lost.length} answers lost or wrong, e.g. ${JSON.stringify(verdict.lost.slice(0, SAMPLE))}`);
  if (verdict.duplicates) problems.push(`${verdict.duplicates} questions with more than one answer row`);
  if (verdict.unlogged.length) problems.push(`${verdict.unlogged.length} accepted saves missing from answer_events, e.g. ${JSON.stringify(verdict.unlogged.slice(0, SAMPLE))}`);
  if (result.workers.notDrained) problems.push(`${result.workers.notDrained} workers' outboxes never drained (${verdict.undelivered} last answers still waiting in them)`);
  const bad5xx = Object.entries(result.statuses).filter(([status]) => Number(status) >= 500 && status !== '503');
  if (bad5xx.length) problems.push(`5xx other than 503: ${bad5xx.map(([status, n]) => `${n} × ${status}`).join(', ')} (server log: ${result.serverLog})`);
  if (result.rejected.length) problems.push(`${result.rejected.length} saves refused as malformed, e.g. ${result.rejected.slice(0, SAMPLE).join('; ')}`);
  // A run that injected nothing would prove nothing.
  const missing = Object.entries({ ...result.proxyFaults, ...result.serverFaults }).filter(([kind, n]) => kind !== 'upstreamDown' && n === 0);
  if (missing.length) problems.push(`faults never injected: ${missing.map(([kind]) => kind).join(', ')}`);
  if (result.recoverySeconds === null) problems.push('no save was accepted after PostgreSQL came back');
  if (result.unexpectedExits.length) problems.push(`the server died on its own ${result.unexpectedExits.length} times: ${JSON.stringify(result.unexpectedExits.slice(0, SAMPLE))} (server log: ${result.serverLog})`);
  return problems;
}
