import { describe, expect, it } from 'vitest';
import { newAssessmentValues, validateAssessment } from './assessmentFormValues';

const NOW = new Date('2026-11-30T08:20:00Z');

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
