import { eq } from 'drizzle-orm';
import { imageUrlOf } from '../../../common/schemas/images.js';
import type { SessionView } from '../../../common/schemas/sessions.js';
import type { Db } from '../../db/database.js';
import { sessionAnswers } from '../../db/schema.js';
import type { DeliveryContext } from './delivery-context.js';
import type { Catalog } from './package-catalog.js';
import { clockOf, type LoadedSession } from './session-access.js';
import { seededShuffle } from './shuffle.js';

const imageOf = ({ imageId }: { imageId: string | null }) => ({ imageId, imageUrl: imageId && imageUrlOf(imageId) });

/** The questions in the order this session sees them: shuffled per session when asked, stable forever. */
export function orderedQuestions(catalog: Catalog, loaded: LoadedSession) {
  const { session, assessment } = loaded;
  const questions = assessment.shuffleQuestions ? seededShuffle(catalog.questions, `${session.id}:questions`) : catalog.questions;
  return questions.map((q) => ({
    ...q,
    options: assessment.shuffleOptions ? seededShuffle(q.options, `${session.id}:options:${q.id}`) : q.options,
  }));
}

/** A session's saved answers: one per question, with the seq that won and when it was saved. */
export async function savedAnswers(db: Db, sessionId: string) {
  return db
    .select({ questionId: sessionAnswers.questionId, optionId: sessionAnswers.optionId, seq: sessionAnswers.seq, savedAt: sessionAnswers.savedAt })
    .from(sessionAnswers)
    .where(eq(sessionAnswers.sessionId, sessionId));
}

/**
 * What the exam page needs to start or resume on any device: questions (never the answer key),
 * saved answers with their seq, the saved page (clamped to the page count) and the server's clock.
 * Before the start and while HC has the exam paused there are no questions and no answers: a
 * paused clock must not become free reading time.
 */
export async function buildSessionView(ctx: DeliveryContext, db: Db, loaded: LoadedSession): Promise<SessionView> {
  const { session, assessment, now } = loaded;
  const showQuestions = session.status !== 'not_started' && session.pausedAt === null;
  const catalog = await ctx.catalogs.get(db, session);
  const answers = showQuestions ? await savedAnswers(db, session.id) : [];
  const questions = showQuestions ? orderedQuestions(catalog, loaded) : [];
  const pageCount = Math.max(1, Math.ceil(catalog.questions.length / assessment.questionsPerPage));
  return {
    id: session.id,
    assessmentId: assessment.id,
    title: assessment.title,
    status: session.status,
    pageIndex: Math.min(session.lastPageIndex ?? 0, pageCount - 1),
    pageCount,
    questionsPerPage: assessment.questionsPerPage,
    questions: questions.map((q) => ({
      id: q.id,
      text: q.text,
      ...imageOf(q),
      options: q.options.map((o) => ({ id: o.id, text: o.text, ...imageOf(o) })),
    })),
    answers: Object.fromEntries(answers.map((a) => [a.questionId, a.optionId])),
    answerSeq: Object.fromEntries(answers.map((a) => [a.questionId, a.seq])),
    answeredCount: answers.filter((a) => a.optionId !== null).length,
    ...clockOf(session, now),
  };
}
