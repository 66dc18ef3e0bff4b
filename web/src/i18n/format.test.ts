import { describe, expect, it, vi } from 'vitest';
import { calendarDay, formatDateTime } from './format';

// i18n/index starts i18next against the browser's document; only its locale table matters here.
vi.mock('./index', () => ({ localeOf: (language: string) => (language === 'en' ? 'en-GB' : 'id-ID') }));

const AT = '2026-11-25T02:05:09Z';

describe('formatDateTime', () => {
  it('says day and minutes by default, in the zone asked for', () => {
    expect(formatDateTime(AT, 'id', { timeZone: 'Asia/Jakarta' })).toBe('25 Nov 2026, 09.05');
    expect(formatDateTime(AT, 'en', { timeZone: 'Asia/Jayapura' })).toBe('25 Nov 2026, 11:05');
  });

  it('gives a 24-hour clock with seconds, with or without the day, and the zone named', () => {
    expect(formatDateTime(AT, 'id', { timeZone: 'Asia/Makassar', date: false, seconds: true })).toBe('10.05.09');
    expect(formatDateTime('2026-11-25T14:05:09Z', 'en', { timeZone: 'Asia/Jakarta', seconds: true, zoneName: true })).toBe('25 Nov 2026, 21:05:09 WIB');
  });

  it('leaves nothing for no time and an unreadable one as it is', () => {
    expect(formatDateTime(null, 'id')).toBe('');
    expect(formatDateTime('kemarin', 'id')).toBe('kemarin');
  });
});

describe('calendarDay', () => {
  it('is the day in the zone, which may differ from the UTC day', () => {
    expect(calendarDay('2026-11-25T18:00:00Z', 'Asia/Jakarta')).toBe('2026-11-26');
    expect(calendarDay('2026-11-25T16:00:00Z', 'Asia/Jakarta')).toBe('2026-11-25');
  });
});
