import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { questionOptions, questions } from '../../db/schema.js';

export type CatalogOption = { id: string; text: string; isCorrect: boolean };
export type CatalogQuestion = { id: string; text: string; points: number; options: CatalogOption[] };
export type Catalog = {
  questions: CatalogQuestion[];
  byId: Map<string, CatalogQuestion>;
  maxPoints: number;
};

const MAX_CACHED_PACKAGES = 500;

/**
 * A package's questions, options and answer key, read once and kept in memory. Safe to cache: a
 * package can only be read here for a started session, and once a session has started its
 * assessment's questions are locked (authoring answers 409 `locked`). The save path therefore costs
 * no query to check that a question and option belong to the session.
 */
export class PackageCatalogs {
  private readonly cache = new Map<string, Promise<Catalog>>();
  /**
   * `db` is the caller's executor: inside a transaction it must be the transaction (the embedded
   * database has one connection, and a query beside an open transaction would wait for it forever).
   */
  get(db: Db, packageId: string): Promise<Catalog> {
    let entry = this.cache.get(packageId);
    if (!entry) {
      entry = loadCatalog(db, packageId);
      entry.catch(() => this.cache.delete(packageId));
      this.cache.set(packageId, entry);
      if (this.cache.size > MAX_CACHED_PACKAGES) this.cache.delete(this.cache.keys().next().value!);
    }
    return entry;
  }

  /** Forget a package (used when authoring changes it before any session started). */
  invalidate(packageId: string) {
    this.cache.delete(packageId);
  }
}

async function loadCatalog(db: Db, packageId: string): Promise<Catalog> {
  const rows = await db
    .select({ id: questions.id, text: questions.text, points: questions.points })
    .from(questions)
    .where(eq(questions.packageId, packageId))
    .orderBy(asc(questions.position), asc(questions.id));
  const options = rows.length
    ? await db
        .select({ id: questionOptions.id, questionId: questionOptions.questionId, text: questionOptions.text, isCorrect: questionOptions.isCorrect })
        .from(questionOptions)
        .where(inArray(questionOptions.questionId, rows.map((r) => r.id)))
        .orderBy(asc(questionOptions.position), asc(questionOptions.id))
    : [];
  const list: CatalogQuestion[] = rows.map((r) => ({ ...r, options: [] }));
  const byId = new Map(list.map((q) => [q.id, q]));
  for (const o of options) byId.get(o.questionId)!.options.push({ id: o.id, text: o.text, isCorrect: o.isCorrect });
  return { questions: list, byId, maxPoints: list.reduce((sum, q) => sum + q.points, 0) };
}
