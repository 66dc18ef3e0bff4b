import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { questionOptions, questions } from '../../db/schema.js';

export type CatalogOption = { id: string; text: string; isCorrect: boolean; imageId: string | null };
export type CatalogQuestion = { id: string; text: string; points: number; imageId: string | null; options: CatalogOption[] };
export type Catalog = {
  questions: CatalogQuestion[];
  byId: Map<string, CatalogQuestion>;
  maxPoints: number;
};

const MAX_CACHED_PACKAGES = 500;

/**
 * A package's questions, options and answer key, kept in memory once an exam on it has started,
 * so the save path costs no query to check that a question and option belong to the session.
 */
export class PackageCatalogs {
  private readonly cache = new Map<string, Promise<Catalog>>();
  /**
   * The catalog of a session's package. It is cached only once the session has started: from then
   * on the assessment is locked and its questions can no longer change. Before that, HC may still
   * edit them, so it is read fresh. `db` is the caller's executor: inside a transaction it must be
   * the transaction (the embedded database has one connection, and a query beside an open
   * transaction would wait for it forever).
   */
  get(db: Db, session: { packageId: string; startedAt: Date | null }): Promise<Catalog> {
    const { packageId } = session;
    if (!session.startedAt) return loadCatalog(db, packageId);
    let entry = this.cache.get(packageId);
    if (!entry) {
      entry = loadCatalog(db, packageId);
      entry.catch(() => this.cache.delete(packageId));
      this.cache.set(packageId, entry);
      if (this.cache.size > MAX_CACHED_PACKAGES) this.cache.delete(this.cache.keys().next().value!);
    }
    return entry;
  }
}

async function loadCatalog(db: Db, packageId: string): Promise<Catalog> {
  const rows = await db
    .select({ id: questions.id, text: questions.text, points: questions.points, imageId: questions.imageId })
    .from(questions)
    .where(eq(questions.packageId, packageId))
    .orderBy(asc(questions.position), asc(questions.id));
  const options = rows.length
    ? await db
        .select({
          id: questionOptions.id,
          questionId: questionOptions.questionId,
          text: questionOptions.text,
          isCorrect: questionOptions.isCorrect,
          imageId: questionOptions.imageId,
        })
        .from(questionOptions)
        .where(inArray(questionOptions.questionId, rows.map((r) => r.id)))
        .orderBy(asc(questionOptions.position), asc(questionOptions.id))
    : [];
  const list: CatalogQuestion[] = rows.map((r) => ({ ...r, options: [] }));
  const byId = new Map(list.map((q) => [q.id, q]));
  for (const o of options) byId.get(o.questionId)!.options.push({ id: o.id, text: o.text, isCorrect: o.isCorrect, imageId: o.imageId });
  return { questions: list, byId, maxPoints: list.reduce((sum, q) => sum + q.points, 0) };
}
