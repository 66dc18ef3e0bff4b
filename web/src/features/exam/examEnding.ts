import { fetchSessionResult, type SessionResult, type SubmitResult } from '../../api/sessions';
import { reasonFromSubmitKind, type EndReason } from './endReason';

export interface ExamScore {
  score: number;
  passed: boolean;
  answeredCount: number;
  questionCount: number;
}

/** What the outcome page shows. */
export interface ExamEnding {
  reason: EndReason;
  /** Null when the server has no result to show (e.g. the attempt was reset). */
  score: ExamScore | null;
  /** Answers still on this device that the server never took. */
  unsent: number;
  /**
   * The stored result: the pass mark, and each question with the chosen and correct option where
   * the assessment allows review (`review` null otherwise). Null while it could not be read.
   */
  result: SessionResult | null;
}

const scoreOf = ({ score, passed, answeredCount, questionCount }: ExamScore): ExamScore => ({ score, passed, answeredCount, questionCount });

/**
 * Reads the stored result. Without one (not found, or the network is down) the submit response
 * stands in for it, when there is one.
 */
export async function loadEnding(sessionId: string, hint: EndReason | null, submitted: SubmitResult | null, unsent: number): Promise<ExamEnding> {
  try {
    const result = await fetchSessionResult(sessionId);
    return { reason: hint ?? reasonFromSubmitKind(result.submitKind), score: scoreOf(result), unsent, result };
  } catch {
    return { reason: hint ?? (submitted ? 'submitted' : 'ended'), score: submitted ? scoreOf(submitted) : null, unsent, result: null };
  }
}
