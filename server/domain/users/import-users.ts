import { inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createUserRequest, USER_IMPORT_COLUMNS, type CreateUserRequest } from '../../../common/schemas/users.js';
import type { Db } from '../../db/database.js';
import { users } from '../../db/schema.js';
import { hashPassword } from '../accounts/passwords.js';
import { recordAudit } from '../audit.js';
import { readSheet, rowsError, type CellIssue, type SheetFormat } from '../spreadsheets/read-sheet.js';
import { duplicateUserError } from './users-service.js';

export const MAX_IMPORT_ROWS = 5_000;

/**
 * Creates every user in the sheet, or none: all rows are validated first (fields, duplicates within
 * the file and against existing accounts), and the inserts share one transaction.
 */
export async function importUsers(db: Db, actorId: string, file: Buffer, format: SheetFormat) {
  const { rows, issues } = await readSheet(file, format, USER_IMPORT_COLUMNS);
  if (rows.length > MAX_IMPORT_ROWS) {
    issues.push({ row: rows[MAX_IMPORT_ROWS]!.row, column: null, message: `At most ${MAX_IMPORT_ROWS} users per file.` });
  }
  const valid: { row: number; user: CreateUserRequest }[] = [];
  for (const { row, cells } of rows) {
    const parsed = createUserRequest.safeParse({ ...cells, role: cells.role?.toLowerCase() });
    if (parsed.success) valid.push({ row, user: parsed.data });
    else for (const issue of parsed.error.issues) issues.push({ row, column: String(issue.path[0] ?? ''), message: issue.message });
  }
  issues.push(...duplicatesWithinFile(valid), ...(await duplicatesInDatabase(db, valid)));
  if (issues.length) throw rowsError(issues.sort((a, b) => a.row - b.row));

  const hashed = await Promise.all(valid.map(async ({ user }) => ({ ...user, passwordHash: await hashPassword(user.password) })));
  try {
    await db.transaction(async (tx) => {
      const created = await tx.insert(users).values(hashed).returning({ id: users.id });
      await recordAudit(tx, { actorId, action: 'user.import', targetType: 'user', targetId: 'bulk', after: { count: created.length } });
    });
  } catch (err) {
    throw duplicateUserError(err);
  }
  return { created: valid.length, rows: valid.map(({ row, user }) => ({ row, username: user.username })) };
}

function duplicatesWithinFile(valid: { row: number; user: CreateUserRequest }[]): CellIssue[] {
  const issues: CellIssue[] = [];
  const seen = { username: new Map<string, number>(), nip: new Map<string, number>() };
  for (const { row, user } of valid) {
    for (const column of ['username', 'nip'] as const) {
      const value = user[column]?.toLowerCase();
      if (!value) continue;
      const first = seen[column].get(value);
      if (first) issues.push({ row, column, message: `Same ${column} as row ${first}.` });
      else seen[column].set(value, row);
    }
  }
  return issues;
}

async function duplicatesInDatabase(db: Db, valid: { row: number; user: CreateUserRequest }[]): Promise<CellIssue[]> {
  if (!valid.length) return [];
  const usernames = valid.map((v) => v.user.username.toLowerCase());
  const nips = valid.flatMap((v) => (v.user.nip ? [v.user.nip] : []));
  const existing = await db
    .select({ username: sql<string>`lower(${users.username})`, nip: users.nip })
    .from(users)
    .where(sql`lower(${users.username}) in ${usernames} or ${nips.length ? inArray(users.nip, nips) : sql`false`}`);
  const takenUsernames = new Set(existing.map((e) => e.username));
  const takenNips = new Set(existing.map((e) => e.nip));
  return valid.flatMap(({ row, user }) => [
    ...(takenUsernames.has(user.username.toLowerCase()) ? [{ row, column: 'username', message: 'That username is already taken.' }] : []),
    ...(user.nip && takenNips.has(user.nip) ? [{ row, column: 'nip', message: 'That NIP already belongs to another user.' }] : []),
  ]);
}

/** The downloadable template: the header row and one example, as .xlsx or .csv. */
export async function userImportTemplate(format: SheetFormat): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('users');
  sheet.addRow([...USER_IMPORT_COLUMNS]);
  sheet.addRow(['budi.santoso', 'Budi Santoso', 'coachee', 'ChangeMe-2026', '198701012010011001', 'budi@example.co.id', 'Produksi', 'Operator']);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 22));
  const out = format === 'xlsx' ? await workbook.xlsx.writeBuffer() : await workbook.csv.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
