import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../api/assessments';
import {
  assessmentChanges, assessmentPayload, assessmentValues, editableWhenLocked, newAssessmentValues, validateAssessment, withTimeZone, type AssessmentField,
} from './assessmentFormValues';

const NOW = new Date('2026-11-30T08:20:00Z');

/** A saved WITA assessment opening 08:00 and closing 17:00 on 30 Nov 2026 (Makassar time). */
const SAVED: Assessment = {
  id: 'a1', title: 'K3 Smelter', description: '', opensAt: '2026-11-30T00:00:00.000Z', closesAt: '2026-11-30T09:00:00.000Z',
  durationMinutes: 60, passScore: 70, questionsPerPage: 10, shuffleQuestions: false, shuffleOptions: false, allowReview: false,
  overduePolicy: 'auto_submit', graceMinutes: null, published: true, competencyIds: [], timeZone: 'Asia/Makassar',
  status: 'scheduled', locked: false, packageCount: 0, questionCount: 0, sessionCount: 0, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
};
const nothingFrozen = () => false;
const lockedFrozen = (field: AssessmentField) => !editableWhenLocked(field);

describe('times on the assessment zone\'s clock, whatever zone the browser is in', () => {
  // Node reads TZ again when it changes: a browser in New York must not shift a WITA schedule.
  beforeAll(() => vi.stubEnv('TZ', 'America/New_York'));
  afterAll(() => vi.unstubAllEnvs());

  it('sends 08:00 WITA as 00:00Z and shows a saved assessment with the same digits', () => {
    const values = { ...newAssessmentValues(NOW), title: 'K3', opensAt: '2026-11-30T08:00', closesAt: '2026-11-30T17:00', timeZone: 'Asia/Makassar' as const };
    expect(assessmentPayload(values)).toMatchObject({ opensAt: '2026-11-30T00:00:00.000Z', closesAt: '2026-11-30T09:00:00.000Z' });
    expect(assessmentValues(SAVED)).toMatchObject({ opensAt: '2026-11-30T08:00', closesAt: '2026-11-30T17:00', timeZone: 'Asia/Makassar' });
  });

  it('starts a new assessment at the next full hour in WIB', () => {
    expect(newAssessmentValues(NOW)).toMatchObject({ opensAt: '2026-11-30T16:00', closesAt: '2026-12-01T16:00', timeZone: 'Asia/Jakarta' });
  });

  it('keeps the typed digits when the zone changes, so 08:00 WITA becomes 08:00 WIT', () => {
    const initial = assessmentValues(SAVED);
    const moved = withTimeZone(initial, 'Asia/Jayapura', nothingFrozen);
    expect(moved).toMatchObject({ opensAt: '2026-11-30T08:00', closesAt: '2026-11-30T17:00', timeZone: 'Asia/Jayapura' });
    expect(assessmentChanges(initial, moved)).toEqual({ opensAt: '2026-11-29T23:00:00.000Z', closesAt: '2026-11-30T08:00:00.000Z', timeZone: 'Asia/Jayapura' });
  });

  it('keeps the instant of an opening that can no longer change, on the new zone\'s clock', () => {
    const initial = assessmentValues(SAVED);
    const moved = withTimeZone(initial, 'Asia/Jakarta', lockedFrozen);
    expect(moved).toMatchObject({ opensAt: '2026-11-30T07:00', closesAt: '2026-11-30T17:00' });
    expect(assessmentChanges(initial, moved)).toEqual({ closesAt: '2026-11-30T10:00:00.000Z', timeZone: 'Asia/Jakarta' });
  });
});

describe('validateAssessment (the server schema, in the UI language)', () => {
  it('accepts a new assessment with a title', () => {
    expect(validateAssessment({ ...newAssessmentValues(NOW), title: 'K3 Gudang' }, 'id')).toEqual({});
  });

  it('says a missing title is required, in Indonesian or in English', () => {
    expect(validateAssessment(newAssessmentValues(NOW), 'id')).toEqual({ title: 'Wajib diisi' });
    expect(validateAssessment(newAssessmentValues(NOW), 'en')).toEqual({ title: 'Enter a title' });
  });

  it('names out-of-range numbers, a missing grace period and a closing time before the opening', () => {
    const values = { ...newAssessmentValues(NOW), title: 'K3', durationMinutes: '700', passScore: '', overduePolicy: 'grace' as const, graceMinutes: '' };
    const errors = validateAssessment({ ...values, closesAt: '2026-11-29T08:00' }, 'id');
    expect(errors).toMatchObject({
      durationMinutes: 'Maksimal 600',
      passScore: 'Isi dengan angka',
      graceMinutes: 'Isi dengan angka',
      closesAt: 'Waktu tutup harus setelah waktu buka: pilih waktu tutup yang lebih akhir.',
    });
  });
});
