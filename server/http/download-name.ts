import { translate, msg } from '../../common/i18n/messages.js';
import type { Language } from '../../common/languages.js';

const NAMES = {
  results: msg('file.results'),
  questions: msg('file.questions'),
  questionTemplate: msg('file.questionTemplate'),
  userTemplate: msg('file.userTemplate'),
} as const;

/**
 * A `content-disposition` for a download, named in the reader's language and after the thing's
 * title: "hasil-uji-k3-dasar.xlsx" / "results-uji-k3-dasar.xlsx". The title keeps only its letters
 * and digits (accents dropped, 60 characters at most), so every browser saves it without complaint.
 */
export function attachment(language: Language, kind: keyof typeof NAMES, extension: 'xlsx' | 'csv', title?: string): string {
  const slug = title
    ?.normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `attachment; filename="${[translate(language, NAMES[kind]), slug].filter(Boolean).join('-')}.${extension}"`;
}
