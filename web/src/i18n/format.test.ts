import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarDay, formatDateTime, formatNumber, formatPercent, windowTimes } from './format';

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

  it("names the zone by its Indonesian label, never Intl's offset, in both languages", () => {
    expect(formatDateTime(AT, 'id', { timeZone: 'Asia/Makassar', zoneName: true })).toBe('25 Nov 2026, 10.05 WITA');
    expect(formatDateTime(AT, 'en', { timeZone: 'Asia/Makassar', zoneName: true })).toBe('25 Nov 2026, 10:05 WITA');
    expect(formatDateTime(AT, 'en', { timeZone: 'Asia/Jayapura', date: false, zoneName: true })).toBe('11:05 WIT');
  });

  it('keeps a 24-hour clock in English too', () => {
    expect(formatDateTime('2026-11-25T08:30:00Z', 'en', { timeZone: 'Asia/Jakarta', zoneName: true })).toBe('25 Nov 2026, 15:30 WIB');
  });

  it('leaves nothing for no time and an unreadable one as it is', () => {
    expect(formatDateTime(null, 'id')).toBe('');
    expect(formatDateTime('kemarin', 'id')).toBe('kemarin');
  });
});

describe('in a browser far from Indonesia', () => {
  // Node reads TZ again when it is assigned: the reader's own zone becomes New York (UTC-5 in November).
  beforeEach(() => {
    vi.stubEnv('TZ', 'America/New_York');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("shows an assessment's times in its zone, not the reader's", () => {
    expect(new Date(AT).getHours()).toBe(21); // the day before, 21:05 in New York
    expect(formatDateTime(AT, 'id', { timeZone: 'Asia/Makassar', zoneName: true })).toBe('25 Nov 2026, 10.05 WITA');
  });
});

describe('windowTimes', () => {
  it('gives both ends in the zone and its label once, after the end', () => {
    const window = { opensAt: '2026-11-30T00:00:00Z', closesAt: '2026-11-30T02:00:00Z', timeZone: 'Asia/Makassar' } as const;
    expect(windowTimes(window, 'id')).toEqual({ start: '30 Nov 2026, 08.00', end: '30 Nov 2026, 10.00 WITA' });
    expect(windowTimes({ ...window, timeZone: 'Asia/Jakarta' }, 'en')).toEqual({ start: '30 Nov 2026, 07:00', end: '30 Nov 2026, 09:00 WIB' });
  });
});

describe('calendarDay', () => {
  it('is the day in the zone, which may differ from the UTC day', () => {
    expect(calendarDay('2026-11-25T18:00:00Z', 'Asia/Jakarta')).toBe('2026-11-26');
    expect(calendarDay('2026-11-25T16:00:00Z', 'Asia/Jakarta')).toBe('2026-11-25');
  });
});

describe('formatPercent', () => {
  it("writes a 0-100 percent as Intl does in each language, at most one decimal by default", () => {
    expect(formatPercent(200 / 3, 'id')).toBe('66,7%');
    expect(formatPercent(200 / 3, 'en')).toBe('66.7%');
    expect(formatPercent(80, 'id')).toBe('80%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(100, 'id')).toBe('100%');
  });

  it('rounds to the digits asked for, or shows them all with fixed', () => {
    expect(formatPercent(200 / 3, 'id', { digits: 0 })).toBe('67%');
    expect(formatPercent(50, 'en', { digits: 1, fixed: true })).toBe('50.0%');
  });
});

describe('formatNumber', () => {
  it("groups thousands and marks decimals each language's way", () => {
    expect(formatNumber(1234.5, 'id', { digits: 1 })).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en', { digits: 1 })).toBe('1,234.5');
  });

  it('is whole by default and keeps trailing zeros with fixed', () => {
    expect(formatNumber(2.6, 'en')).toBe('3');
    expect(formatNumber(0.5, 'id', { digits: 2, fixed: true })).toBe('0,50');
    expect(formatNumber(-0.25, 'en', { digits: 2, fixed: true })).toBe('-0.25');
  });
});
