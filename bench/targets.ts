import { totalOf, type Summary, type Tally } from './stats.js';

/** The targets of issue 12 for one load step, in ms: save p99, all starts done, close notice p95, save to dashboard p95. */
export const TARGETS = { saveP99Ms: 100, startStormMs: 10_000, closeNoticeP95Ms: 1_000, dashboardP95Ms: 2_000 };

/** The figures of one load step the targets look at. */
export type StepFigures = { save: Summary; errors: Tally; startStorm: Summary & { durationMs: number }; closeNotice: Summary; dashboard: Summary };

/** Which targets a step misses (save p99, errors, the storm within 10 s, close notice, save to dashboard), in words. */
export function missedTargets(r: StepFigures): string[] {
  const failed: string[] = [];
  if (!(r.save.p99 <= TARGETS.saveP99Ms)) failed.push(`save p99 ${r.save.p99} ms > ${TARGETS.saveP99Ms} ms`);
  const errors = totalOf(r.errors);
  if (errors) failed.push(`${errors} errors (${Object.entries(r.errors).map(([k, n]) => `${k}: ${n}`).join(', ')})`);
  if (!(r.startStorm.durationMs <= TARGETS.startStormMs)) failed.push(`start storm took ${(r.startStorm.durationMs / 1000).toFixed(1)} s > 10 s`);
  if (!(r.closeNotice.p95 <= TARGETS.closeNoticeP95Ms)) failed.push(`close notice p95 ${r.closeNotice.p95} ms > ${TARGETS.closeNoticeP95Ms} ms`);
  if (!(r.dashboard.p95 <= TARGETS.dashboardP95Ms)) failed.push(`save to dashboard p95 ${r.dashboard.p95} ms > ${TARGETS.dashboardP95Ms} ms`);
  return failed;
}
