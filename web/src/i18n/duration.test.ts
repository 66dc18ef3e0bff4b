import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatDuration, splitSeconds } from './duration';
import en from './en.json';
import id from './id.json';

const translator = i18next.createInstance();
void translator.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', initAsync: false, interpolation: { escapeValue: false }, showSupportNotice: false });
const inLanguage = (language: 'id' | 'en') => translator.getFixedT(language);

describe('splitSeconds', () => {
  it('splits seconds for reading, the sign dropped', () => {
    expect(splitSeconds(302)).toEqual({ hours: 0, minutes: 5, seconds: 2 });
    expect(splitSeconds(-3661)).toEqual({ hours: 1, minutes: 1, seconds: 1 });
  });
});

describe('formatDuration', () => {
  it('says seconds, minutes and seconds, or hours and minutes, in Bahasa Indonesia', () => {
    const t = inLanguage('id');
    expect(formatDuration(0, t)).toBe('0 dtk');
    expect(formatDuration(40.4, t)).toBe('40 dtk');
    expect(formatDuration(750, t)).toBe('12 mnt 30 dtk');
    expect(formatDuration(3900 + 59, t)).toBe('1 j 5 mnt');
  });

  it('says the same in English', () => {
    const t = inLanguage('en');
    expect(formatDuration(40, t)).toBe('40 s');
    expect(formatDuration(-180, t)).toBe('3 min 0 s');
    expect(formatDuration(3600, t)).toBe('1 h 0 min');
  });
});
