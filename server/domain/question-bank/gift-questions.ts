import { parse, type GIFTQuestion, type TextChoice, type TextFormat } from 'gift-pegjs';
import type { MessageKey } from '../../../common/i18n/messages.js';
import { msg } from '../../errors.js';
import { fileError } from '../spreadsheets/sheet-errors.js';
import type { TextQuestions } from './question-text.js';

/**
 * The questions of a Moodle GIFT file (parsed by gift-pegjs): multiple-choice questions with
 * exactly one correct answer become questions; every other kind (true/false, short answer,
 * numerical, matching, essay, several correct answers) is skipped with the reason. `$CATEGORY`
 * lines and comments are not questions and are not counted.
 * Throws `validation` (400) naming the line and column of a syntax error.
 */
export function giftQuestions(text: string): TextQuestions {
  let items: GIFTQuestion[];
  try {
    items = parse(text);
  } catch (err) {
    // The parser's own message ("Expected … but … found") is English and technical: the place is enough.
    const location = (err as { location?: { start: { line: number; column: number } } }).location?.start;
    throw fileError(location ? msg('import.giftUnreadableAt', { line: location.line, column: location.column }) : msg('import.giftUnreadable'));
  }
  const result: TextQuestions = { questions: [], skipped: [] };
  let number = 0;
  for (const item of items) {
    if (item.type === 'Category') continue;
    number++;
    const title = item.title ?? null;
    if (item.type !== 'MC') {
      result.skipped.push({ question: number, title, reason: msg('import.giftNotMultipleChoice', { kind: msg(KIND[item.type]) }) });
      continue;
    }
    const correct = item.choices.map(isCorrect);
    if (correct.filter(Boolean).length !== 1 || item.choices.some((c) => c.weight !== null && c.weight > 0 && c.weight < 100)) {
      result.skipped.push({ question: number, title, reason: msg('import.giftSeveralCorrect') });
      continue;
    }
    result.questions.push({
      number,
      question: { text: plain(item.stem), points: 1, options: item.choices.map((c, i) => ({ text: plain(c.text), correct: correct[i]! })) },
    });
  }
  return result;
}

/** The catalog noun of each kind of GIFT question Ujian does not have. */
const KIND = {
  TF: 'import.giftKind.TF',
  Short: 'import.giftKind.Short',
  Numerical: 'import.giftKind.Numerical',
  Matching: 'import.giftKind.Matching',
  Essay: 'import.giftKind.Essay',
  Description: 'import.giftKind.Description',
} as const satisfies Record<Exclude<GIFTQuestion['type'], 'MC' | 'Category'>, MessageKey>;

/** `=answer` and `~%100%answer` both mark the correct one. */
const isCorrect = (choice: TextChoice) => choice.isCorrect || choice.weight === 100;

/** What a worker should read: HTML (Moodle exports write [html]) without its tags and entities. */
function plain({ format, text }: TextFormat): string {
  if (format !== 'html') return text.trim();
  return text
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => ENTITIES[entity.toLowerCase()] ?? String.fromCodePoint(Number(entity.replace(/^#x/i, '0x').replace(/^#/, ''))))
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
