import type { Language } from '../languages.js';
import { isMessageKey, Message, translate, type MessageKey } from './messages.js';

const fieldKey = (name: string): MessageKey | null => {
  const key = `field.${name}`;
  return isMessageKey(key) ? key : null;
};

/**
 * The field an issue's dotted `path` is about, named for people in any language (catalog keys
 * `field.<name>`): "durationMinutes" -> "Durasi (menit)"; an item of a list that names its items
 * (`field.<list>.item`) by its number from 1: "options.2.text" -> "Pilihan 3". Null for a path
 * no person would recognise (empty, "body", an unknown key): show the sentence alone then, never
 * the code path.
 */
export function fieldLabel(path: string): Message | null {
  const [field = '', index] = path.split('.');
  const itemKey = fieldKey(`${field}.item`);
  if (itemKey && index !== undefined && /^\d+$/.test(index)) return new Message(itemKey, { number: Number(index) + 1 });
  const key = fieldKey(field);
  return key ? new Message(key) : null;
}

/** An issue as a person reads it away from its field: "Judul: Wajib diisi", or the sentence alone (see fieldLabel). */
export function labelledIssue(language: Language, path: string, sentence: string): string {
  const label = fieldLabel(path);
  return label ? `${translate(language, label)}: ${sentence}` : sentence;
}
