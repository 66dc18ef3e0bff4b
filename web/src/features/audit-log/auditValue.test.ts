import { AUDITED_FIELDS } from '@common/audit-fields';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import en from '../../i18n/en.json';
import id from '../../i18n/id.json';
import { auditFieldLabel, formatAuditValue } from './auditValue';

// i18n/index starts i18next against the browser's document; only its locale table matters here.
vi.mock('../../i18n/index', () => ({ localeOf: (language: string) => (language === 'en' ? 'en-GB' : 'id-ID') }));

const translator = i18next.createInstance();
void translator.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', initAsync: false, interpolation: { escapeValue: false }, showSupportNotice: false });
const inLanguage = (language: 'id' | 'en') => translator.getFixedT(language);

describe('audit field labels', () => {
  // The server's audit writes are typed against AUDITED_FIELDS, so this covers every field it can record.
  it.each(['id', 'en'] as const)('names every field the server can record in %s', (language) => {
    const fields: Record<string, string> = (language === 'id' ? id : en).auditLog.fields;
    const unlabelled = Object.keys(AUDITED_FIELDS).filter((field) => !fields[field]?.trim());
    expect(unlabelled).toEqual([]);
    expect(Object.keys(fields).filter((field) => !(field in AUDITED_FIELDS))).toEqual([]);
  });

  it('never shows a code name: an unknown field or a whole value is "value"', () => {
    const t = inLanguage('id');
    expect(auditFieldLabel('pausedAt', t)).toBe('Dijeda pada');
    expect(auditFieldLabel('somethingOld', t)).toBe('nilai');
    expect(auditFieldLabel('', t)).toBe('nilai');
  });
});

describe('formatAuditValue', () => {
  it('writes times in WIB with the zone named, not raw UTC', () => {
    expect(formatAuditValue('pausedAt', '2026-11-30T23:53:08.063Z', inLanguage('id'), 'id')).toBe('1 Des 2026, 06.53 WIB');
    expect(formatAuditValue('deadline', '2026-11-30T23:53:08.063Z', inLanguage('en'), 'en')).toBe('1 Dec 2026, 06:53 WIB');
  });

  it('writes yes/no, minutes with units, percents and counts in the reader’s language', () => {
    const t = inLanguage('id');
    expect(formatAuditValue('published', true, t, 'id')).toBe('Ya');
    expect(formatAuditValue('allowReview', false, t, 'id')).toBe('Tidak');
    expect(formatAuditValue('extensionMinutes', 15, t, 'id')).toBe('15 menit');
    expect(formatAuditValue('durationMinutes', 1, inLanguage('en'), 'en')).toBe('1 minute');
    expect(formatAuditValue('meanScore', 62.5, t, 'id')).toBe('62,5%');
    expect(formatAuditValue('attempts', 1200, t, 'id')).toBe('1.200');
  });

  it('names statuses, roles, policies and zones by their labels', () => {
    const t = inLanguage('id');
    expect(formatAuditValue('status', 'in_progress', t, 'id')).toBe('Sedang dikerjakan');
    expect(formatAuditValue('role', 'coachee', t, 'id')).toBe('Peserta');
    expect(formatAuditValue('overduePolicy', 'grace', t, 'id')).toBe('Masa tenggang');
    expect(formatAuditValue('timeZone', 'Asia/Makassar', t, 'id')).toBe('WITA');
  });

  it('lists options with the correct one marked, and lists as text', () => {
    const options = [
      { text: 'Helm', correct: true, imageId: null },
      { text: 'Sepatu', correct: false, imageId: null },
    ];
    expect(formatAuditValue('options', options, inLanguage('id'), 'id')).toBe('A. Helm (benar); B. Sepatu');
    expect(formatAuditValue('', ['q1', 'q2'], inLanguage('id'), 'id')).toBe('q1, q2');
    expect(formatAuditValue('status', null, inLanguage('id'), 'id')).toBe('');
  });
});
