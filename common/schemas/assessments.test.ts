import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages.js';
import { zodIssueText } from '../i18n/zod-issues.js';
import { createAssessmentRequest, updateAssessmentRequest } from './assessments.js';

const valid = {
  title: 'K3 Dasar',
  opensAt: '2026-03-01T08:00:00Z',
  closesAt: '2026-03-02T08:00:00+07:00',
  durationMinutes: 30,
  passScore: 70,
  questionsPerPage: 10,
  shuffleQuestions: false,
  shuffleOptions: true,
  competencyIds: [],
};

const issuesOf = (body: unknown) => {
  const parsed = createAssessmentRequest.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), translate('en', zodIssueText(i))]);
};

describe('assessment validation', () => {
  it('accepts the contract fields alone and fills in the rest', () => {
    expect(createAssessmentRequest.parse(valid)).toMatchObject({
      description: '',
      allowReview: false,
      overduePolicy: 'auto_submit',
      graceMinutes: null,
      published: true,
      timeZone: 'Asia/Jakarta',
    });
  });

  it('takes one of the three Indonesian time zones', () => {
    expect(createAssessmentRequest.parse({ ...valid, timeZone: 'Asia/Makassar' }).timeZone).toBe('Asia/Makassar');
    expect(issuesOf({ ...valid, timeZone: 'UTC' })).toEqual([['timeZone', 'The time zone must be Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)']]);
  });

  it('names each field that is out of range with a sentence', () => {
    expect(issuesOf({ ...valid, durationMinutes: 0, passScore: 101, questionsPerPage: 51 })).toEqual([
      ['durationMinutes', 'The duration in minutes must be from 1 to 600'],
      ['passScore', 'The pass score (percent) must be from 0 to 100'],
      ['questionsPerPage', 'Questions per page must be from 1 to 50'],
    ]);
    expect(issuesOf({ ...valid, durationMinutes: 1.5 })).toEqual([['durationMinutes', 'The duration in minutes must be a whole number']]);
  });

  it('wants the window to close after it opens', () => {
    expect(issuesOf({ ...valid, closesAt: valid.opensAt })).toEqual([
      ['closesAt', 'The window must close after it opens: choose a later closing time.'],
    ]);
  });

  it('takes a grace period with the grace policy only, and then requires it', () => {
    expect(issuesOf({ ...valid, overduePolicy: 'grace', graceMinutes: 5 })).toEqual([]);
    expect(issuesOf({ ...valid, overduePolicy: 'grace' })[0]![0]).toBe('graceMinutes');
    expect(issuesOf({ ...valid, graceMinutes: 5 })[0]![0]).toBe('graceMinutes');
    expect(issuesOf({ ...valid, overduePolicy: 'grace', graceMinutes: 121 })[0]).toEqual([
      'graceMinutes',
      'The grace period in minutes must be from 1 to 120',
    ]);
  });

  it('refuses times without a zone, unknown fields and empty updates', () => {
    expect(issuesOf({ ...valid, opensAt: '2026-03-01 08:00' })[0]![0]).toBe('opensAt');
    expect(issuesOf({ ...valid, colour: 'red' })[0]![1]).toMatch(/colour/);
    expect(updateAssessmentRequest.safeParse({}).success).toBe(false);
  });
});
