import { inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { zodIssueText } from '../../../common/i18n/zod-issues.js';
import { createUserRequest, USER_IMPORT_COLUMNS, USER_IMPORT_REQUIRED_COLUMNS, type CreateUserRequest } from '../../../common/schemas/users.js';
import type { Db } from '../../db/database.js';
import { users } from '../../db/schema.js';
import { msg } from '../../errors.js';
import { hashPassword } from '../accounts/passwords.js';
import { recordAudit } from '../audit.js';
import { insertInChunks } from '../../db/insert-in-chunks.js';
import { readSheet, type ImportLimits, type SheetFormat, type SheetSpec } from '../spreadsheets/read-sheet.js';
import { shareTheLoop } from '../spreadsheets/share-the-loop.js';
import { rowsError, type CellIssue } from '../spreadsheets/sheet-errors.js';
import { duplicateUserError } from './users-service.js';

/** 5,000 rows keep one file's password hashing to about a minute (Argon2id, ~20 ms each). */
export const USER_IMPORT_LIMITS: ImportLimits = { maxUploadBytes: 5 * 1024 * 1024, maxUncompressedBytes: 50 * 1024 * 1024, maxRows: 5_000 };
/** Typed as numbers, these lose leading zeros and digits: they must be text cells. */
const IDENTIFIER_COLUMNS = ['username', 'password', 'nip'] as const;
const SHEET: SheetSpec = {
  columns: USER_IMPORT_COLUMNS,
  required: USER_IMPORT_REQUIRED_COLUMNS,
  kinds: Object.fromEntries(IDENTIFIER_COLUMNS.map((c) => [c, 'identifier'])),
  verbatim: ['password'],
  limits: USER_IMPORT_LIMITS,
  rowsAre: 'users',
};
/** Passwords hashed at once: enough to keep the hashing threads busy, few enough to leave room for logins. */
const HASH_BATCH = 8;

/**
 * Creates every user in the sheet, or none: all rows are validated first (fields, duplicates within
 * the file and against existing accounts), and the inserts share one transaction.
 * Throws `validation` (400) for a bad file or bad rows, `duplicate` (409) for a race with another writer.
 */
export async function importUsers(db: Db, actorId: string, file: Buffer, format: SheetFormat) {
  const { rows, issues } = await readSheet(file, format, SHEET);
  const valid: { row: number; user: CreateUserRequest }[] = [];
  for (const [index, { row, cells }] of rows.entries()) {
    await shareTheLoop(index);
    const parsed = createUserRequest.safeParse({ ...cells, role: cells.role?.toLowerCase() });
    if (parsed.success) valid.push({ row, user: parsed.data });
    else for (const issue of parsed.error.issues) issues.push({ row, column: String(issue.path[0] ?? ''), message: zodIssueText(issue) });
  }
  issues.push(...duplicatesWithinFile(valid), ...(await duplicatesInDatabase(db, valid)));
  if (issues.length) throw rowsError(issues.sort((a, b) => a.row - b.row));

  const hashed: (typeof users.$inferInsert)[] = [];
  for (let start = 0; start < valid.length; start += HASH_BATCH) {
    const batch = valid.slice(start, start + HASH_BATCH);
    hashed.push(...(await Promise.all(batch.map(async ({ user: { password, ...user } }) => ({ ...user, passwordHash: await hashPassword(password) })))));
  }
  try {
    await db.transaction(async (tx) => {
      await insertInChunks(tx, users, hashed);
      await recordAudit(tx, { actorId, action: 'user.import', targetType: 'user', targetId: 'bulk', after: { count: hashed.length } });
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
      if (first) issues.push({ row, column, message: msg('import.sameAsRow', { column, row: first }) });
      else seen[column].set(value, row);
    }
  }
  return issues;
}

/** One query: at most 2 parameters per row, so the row limit keeps it far below PostgreSQL's 65,535. */
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
    ...(takenUsernames.has(user.username.toLowerCase()) ? [{ row, column: 'username', message: msg('users.usernameTaken') }] : []),
    ...(user.nip && takenNips.has(user.nip) ? [{ row, column: 'nip', message: msg('users.nipTaken') }] : []),
  ]);
}

/**
 * The downloadable template: the header row and one example, as .xlsx or .csv. In the .xlsx the
 * identifier columns are formatted as Text, so what HC types there stays exactly as typed.
 */
export async function userImportTemplate(format: SheetFormat): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('users');
  sheet.addRow([...USER_IMPORT_COLUMNS]);
  sheet.addRow(['budi.santoso', 'Budi Santoso', 'coachee', 'ChangeMe-2026', '198701012010011001', 'budi@example.co.id', 'Produksi', 'Operator']);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c, i) => {
    c.width = 22;
    if ((IDENTIFIER_COLUMNS as readonly string[]).includes(USER_IMPORT_COLUMNS[i]!)) c.numFmt = '@';
  });
  const out = format === 'xlsx' ? await workbook.xlsx.writeBuffer() : await workbook.csv.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
