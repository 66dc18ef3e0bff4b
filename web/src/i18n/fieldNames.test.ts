import { CATALOGS } from '@common/i18n/messages';
import { LANGUAGES } from '@common/languages';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

/**
 * A server message names a field the way the form it shows on labels it ("Dibuka pada: …"), so
 * the words match what the person sees. `name` is left out: a user's is "Nama lengkap", a
 * competency's "Nama".
 */
const FORMS = {
  'authoring.form': ['title', 'description', 'opensAt', 'closesAt', 'durationMinutes', 'passScore', 'timeZone', 'questionsPerPage', 'shuffleQuestions', 'shuffleOptions', 'allowReview', 'published', 'overduePolicy'],
  userForm: ['username', 'password', 'role', 'nip', 'email', 'unit', 'position'],
} as const;

const label = (resources: unknown, path: string) => path.split('.').reduce((node: unknown, key) => (node as Record<string, unknown>)[key], resources);

describe('field names in server messages', () => {
  it.each(LANGUAGES)('match the form labels in %s', (language) => {
    const resources = language === 'id' ? id : en;
    for (const [form, fields] of Object.entries(FORMS)) {
      for (const field of fields) {
        expect(CATALOGS[language][`field.${field}` as keyof (typeof CATALOGS)['en']], `${form}.${field}`).toBe(label(resources, `${form}.${field}`));
      }
    }
  });
});
