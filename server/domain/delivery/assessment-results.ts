import { asc, eq, isNull, and } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/database.js';
import { assessments, examSessions, questionPackages, users } from '../../db/schema.js';
import { notFound } from '../../errors.js';

/** One row per worker of an assessment: no NIP, email or username (those are admin-only fields). */
export async function assessmentResults(db: Db, assessmentId: string) {
  const [assessment] = await db.select({ id: assessments.id, title: assessments.title, passScore: assessments.passScore }).from(assessments).where(eq(assessments.id, assessmentId));
  if (!assessment) throw notFound('Assessment');
  const rows = await db
    .select({
      sessionId: examSessions.id,
      workerName: users.name,
      unit: users.unit,
      packageName: questionPackages.name,
      status: examSessions.status,
      startedAt: examSessions.startedAt,
      submittedAt: examSessions.submittedAt,
      submitKind: examSessions.submitKind,
      score: examSessions.scorePercent,
      scorePoints: examSessions.scorePoints,
      maxPoints: examSessions.maxPoints,
      passed: examSessions.passed,
    })
    .from(examSessions)
    .innerJoin(users, eq(users.id, examSessions.userId))
    .innerJoin(questionPackages, eq(questionPackages.id, examSessions.packageId))
    .where(and(eq(examSessions.assessmentId, assessmentId), isNull(examSessions.replacedAt)))
    .orderBy(asc(users.name));
  return {
    assessment,
    results: rows.map((r) => ({ ...r, startedAt: r.startedAt?.toISOString() ?? null, submittedAt: r.submittedAt?.toISOString() ?? null })),
  };
}

export async function assessmentResultsWorkbook(db: Db, assessmentId: string): Promise<{ filename: string; data: Buffer }> {
  const { assessment, results } = await assessmentResults(db, assessmentId);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('results');
  sheet.columns = [
    { header: 'worker', key: 'workerName', width: 28 },
    { header: 'unit', key: 'unit', width: 18 },
    { header: 'package', key: 'packageName', width: 10 },
    { header: 'status', key: 'status', width: 14 },
    { header: 'started_at', key: 'startedAt', width: 24 },
    { header: 'submitted_at', key: 'submittedAt', width: 24 },
    { header: 'submit_kind', key: 'submitKind', width: 12 },
    { header: 'score_percent', key: 'score', width: 14 },
    { header: 'points', key: 'scorePoints', width: 10 },
    { header: 'max_points', key: 'maxPoints', width: 12 },
    { header: 'passed', key: 'passed', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of results) sheet.addRow(r);
  const slug = assessment.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'assessment';
  return { filename: `results-${slug}.xlsx`, data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
