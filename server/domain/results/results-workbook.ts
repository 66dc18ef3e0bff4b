import ExcelJS from 'exceljs';
import type { Language } from '../../../common/languages.js';
import { TIME_ZONE_LABELS } from '../../../common/schemas/assessments.js';
import type { ItemAnalysis, ResultRow } from '../../../common/schemas/results.js';
import type { Db } from '../../db/database.js';
import { assessmentResults } from './assessment-results.js';
import { itemAnalysis } from './item-analysis.js';
import { wallClockDate } from './wall-clock.js';
import { WORKBOOK_LABELS, type WorkbookLabels } from './workbook-labels.js';

/** Indonesian Excel reads day first; the zone is in the column header. */
const DATE_FORMAT = 'dd/mm/yyyy hh:mm';
const MINUTE_MS = 60_000;

function addResultsSheet(workbook: ExcelJS.Workbook, labels: WorkbookLabels, results: ResultRow[], timeZone: keyof typeof TIME_ZONE_LABELS) {
  const zone = TIME_ZONE_LABELS[timeZone];
  const c = labels.columns;
  const yesNo = (value: boolean | null) => (value === null ? null : value ? labels.yes : labels.no);
  const inZone = (iso: string | null) => (iso === null ? null : wallClockDate(new Date(iso), timeZone));
  const sheet = workbook.addWorksheet(labels.resultsSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: c.worker, key: 'workerName', width: 28 },
    { header: c.unit, key: 'unit', width: 18 },
    { header: c.package, key: 'packageName', width: 10 },
    { header: c.attempt, key: 'attempt', width: 10 },
    { header: c.replaced, key: 'replaced', width: 14 },
    { header: c.status, key: 'status', width: 20 },
    { header: c.startedAt(zone), key: 'startedAt', width: 20, style: { numFmt: DATE_FORMAT } },
    { header: c.submittedAt(zone), key: 'submittedAt', width: 20, style: { numFmt: DATE_FORMAT } },
    { header: c.timeUsedMinutes, key: 'timeUsed', width: 14, style: { numFmt: '0.0' } },
    { header: c.submitKind, key: 'submitKind', width: 24 },
    { header: c.score, key: 'score', width: 10, style: { numFmt: '0.##' } },
    { header: c.points, key: 'scorePoints', width: 8 },
    { header: c.maxPoints, key: 'maxPoints', width: 10 },
    { header: c.passed, key: 'passed', width: 8 },
    { header: c.answered, key: 'answeredCount', width: 10 },
    { header: c.questions, key: 'questionCount', width: 10 },
  ];
  for (const r of results) {
    sheet.addRow({
      ...r,
      replaced: yesNo(r.replaced),
      status: labels.status[r.status],
      startedAt: inZone(r.startedAt),
      submittedAt: inZone(r.submittedAt),
      timeUsed: r.timeUsedMs === null ? null : Math.round((r.timeUsedMs / MINUTE_MS) * 10) / 10,
      submitKind: r.submitKind === null ? null : labels.submitKind[r.submitKind],
      passed: yesNo(r.passed),
    });
  }
  sheet.getRow(1).font = { bold: true };
}

/** One row per question: its statistics and the share (0..1, shown as percent) of attempts choosing each option. */
function addStatisticsSheet(workbook: ExcelJS.Workbook, labels: WorkbookLabels, analysis: ItemAnalysis) {
  const s = labels.statistics;
  const letters = Array.from({ length: Math.max(0, ...analysis.questions.map((q) => q.options.length)) }, (_, i) => String.fromCharCode(65 + i));
  const sheet = workbook.addWorksheet(labels.statisticsSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: s.package, key: 'packageName', width: 10 },
    { header: s.position, key: 'position', width: 6 },
    { header: s.question, key: 'text', width: 50 },
    { header: s.responses, key: 'responses', width: 10 },
    { header: s.unanswered, key: 'unanswered', width: 10 },
    { header: s.difficulty, key: 'difficulty', width: 12, style: { numFmt: '0.00' } },
    { header: s.discrimination, key: 'discrimination', width: 14, style: { numFmt: '0.00' } },
    ...letters.map((letter) => ({ header: s.option(letter), key: `option${letter}`, width: 9, style: { numFmt: '0%' } })),
    { header: s.key, key: 'key', width: 6 },
    { header: s.flags, key: 'flags', width: 40 },
  ];
  for (const q of analysis.questions) {
    const shares = Object.fromEntries(q.options.map((o, i) => [`option${letters[i]}`, q.responses ? o.chosen / q.responses : null]));
    const key = q.options.findIndex((o) => o.correct);
    sheet.addRow({ ...q, ...shares, key: key < 0 ? null : letters[key], flags: q.flags.map((f) => labels.flags[f]).join('; ') });
  }
  sheet.getRow(1).font = { bold: true };
}

/**
 * The results export: sheet 1 every attempt (earlier attempts of a reset included), started and
 * submitted as real Excel dates showing the assessment zone's wall-clock time; sheet 2 the item
 * analysis per question. Headers and labels in `language`. Throws not_found (404) for an unknown
 * assessment.
 */
export async function assessmentResultsWorkbook(db: Db, assessmentId: string, language: Language): Promise<{ title: string; data: Buffer }> {
  const { assessment, results } = await assessmentResults(db, assessmentId);
  const analysis = await itemAnalysis(db, assessmentId);
  const labels = WORKBOOK_LABELS[language];
  const workbook = new ExcelJS.Workbook();
  addResultsSheet(workbook, labels, results, assessment.timeZone);
  addStatisticsSheet(workbook, labels, analysis);
  return { title: assessment.title, data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
