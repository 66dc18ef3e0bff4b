import { OPTION_LETTERS } from '../../../common/schemas/question-bank.js';

/** How long an option's text may run in the audit log before it is cut (characters). */
const KEY_TEXT_MAX = 80;

/**
 * The key as the audit log shows it to a person: the option's letter in authoring order and its
 * text on one line, cut to KEY_TEXT_MAX characters ("B. Helm pengaman"); null for no key.
 */
export function keyLabel(options: readonly { id: string; text: string }[], optionId: string | null): string | null {
  const index = options.findIndex((o) => o.id === optionId);
  if (index < 0) return null;
  const text = options[index]!.text.replace(/\s+/g, ' ').trim();
  const cut = text.length > KEY_TEXT_MAX ? `${text.slice(0, KEY_TEXT_MAX - 1).trimEnd()}…` : text;
  return `${OPTION_LETTERS[index] ?? index + 1}. ${cut}`;
}
