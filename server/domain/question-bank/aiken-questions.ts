import { msg, type Message } from '../../errors.js';
import type { CellIssue } from '../spreadsheets/sheet-errors.js';
import type { TextQuestions } from './question-text.js';

const OPTION = /^([A-Z])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER:\s*(\S*)\s*$/i;

type Draft = { number: number; line: number; text: string[]; options: { letter: string; text: string }[] };

/**
 * The questions of a Moodle Aiken file: a question line (or several), options `A.` or `A)` in
 * order, then `ANSWER: <letter>`. Everything in Aiken is multiple choice, so nothing is skipped;
 * a question without its ANSWER line, with options out of order or an answer naming no option is
 * an issue (by question number, a catalog sentence naming its line) and the file imports nothing.
 */
export function aikenQuestions(text: string): TextQuestions & { issues: CellIssue[] } {
  const result: TextQuestions & { issues: CellIssue[] } = { questions: [], skipped: [], issues: [] };
  let draft: Draft | undefined;
  let count = 0;
  const problem = (d: Draft, message: Message) => result.issues.push({ row: d.number, column: null, message });
  const unanswered = (d: Draft) => problem(d, msg('import.aikenNoAnswer', { line: d.line }));

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const answer = ANSWER.exec(line);
    const option = OPTION.exec(line);
    if (answer && draft) {
      finish(draft, answer[1]!.toUpperCase());
      draft = undefined;
    } else if (option && draft) {
      draft.options.push({ letter: option[1]!, text: option[2]!.trim() });
    } else {
      if (draft?.options.length) unanswered(draft);
      if (!draft || draft.options.length) draft = { number: ++count, line: index + 1, text: [], options: [] };
      draft.text.push(line);
    }
  });
  if (draft) unanswered(draft);
  return result;

  function finish(d: Draft, letter: string) {
    const outOfOrder = d.options.findIndex((o, i) => o.letter !== String.fromCharCode(65 + i));
    if (outOfOrder >= 0) return problem(d, msg('import.aikenOptionOrder', { line: d.line, letter: d.options[outOfOrder]!.letter }));
    if (!d.options.some((o) => o.letter === letter)) return problem(d, msg('import.aikenAnswerNoOption', { line: d.line, letter }));
    result.questions.push({
      number: d.number,
      question: { text: d.text.join('\n'), points: 1, options: d.options.map((o) => ({ text: o.text, correct: o.letter === letter })) },
    });
  }
}
