import { and, asc, eq, inArray } from 'drizzle-orm';
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
   * transaction would wait for it forever). Its answer key may be stale after a re-key (see
   * withCurrentKey): use this where only questions and options matter.
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

  /**
   * `get`, with the answer key as the database holds it now: for scoring and for showing the
   * correct option. The key is the one thing re-keying (server/domain/assessments/rekey-question.ts)
   * changes after a start, possibly on another app instance, so the cached key is compared with
   * the package's current one (one indexed query) and the entry reloaded when they differ. Read
   * inside the transaction that holds the session row, a re-key that committed before it is seen.
   */
  async withCurrentKey(db: Db, session: { packageId: string; startedAt: Date | null }): Promise<Catalog> {
    const catalog = await this.get(db, session);
    if (!session.startedAt) return catalog;
    const key = await db
      .select({ id: questionOptions.id })
      .from(questionOptions)
      .innerJoin(questions, eq(questions.id, questionOptions.questionId))
      .where(and(eq(questions.packageId, session.packageId), eq(questionOptions.isCorrect, true)));
    const cachedKey = catalog.questions.flatMap((q) => q.options.filter((o) => o.isCorrect).map((o) => o.id));
    const current = new Set(key.map((k) => k.id));
    if (cachedKey.length === current.size && cachedKey.every((id) => current.has(id))) return catalog;
    const fresh = await loadCatalog(db, session.packageId);
    this.cache.set(session.packageId, Promise.resolve(fresh));
    return fresh;
  }
}

/** A package's questions and options with its answer key, read from `db` now (no cache). */
export async function loadCatalog(db: Db, packageId: string): Promise<Catalog> {
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
