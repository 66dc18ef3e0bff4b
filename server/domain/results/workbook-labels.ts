import type { Language } from '../../../common/languages.js';
import type { ItemFlag, SubmitKind } from '../../../common/schemas/results.js';
import type { SessionStatus } from '../../../common/schemas/sessions.js';

/** Words of the results workbook, in the reader's language (Bahasa Indonesia first, as on screen). */
export type WorkbookLabels = {
  resultsSheet: string;
  statisticsSheet: string;
  yes: string;
  no: string;
  columns: {
    worker: string;
    unit: string;
    package: string;
    attempt: string;
    replaced: string;
    status: string;
    /** `zone` is WIB, WITA or WIT. */
    startedAt: (zone: string) => string;
    submittedAt: (zone: string) => string;
    timeUsedMinutes: string;
    submitKind: string;
    score: string;
    points: string;
    maxPoints: string;
    passed: string;
    answered: string;
    questions: string;
  };
  statistics: {
    package: string;
    position: string;
    question: string;
    responses: string;
    unanswered: string;
    difficulty: string;
    discrimination: string;
    /** Share of attempts choosing option `letter` (A, B, ...); `key` marks the correct one. */
    option: (letter: string) => string;
    key: string;
    flags: string;
  };
  status: Record<SessionStatus, string>;
  submitKind: Record<SubmitKind, string>;
  flags: Record<ItemFlag, string>;
};

export const WORKBOOK_LABELS: Record<Language, WorkbookLabels> = {
  id: {
    resultsSheet: 'Hasil',
    statisticsSheet: 'Statistik soal',
    yes: 'Ya',
    no: 'Tidak',
    columns: {
      worker: 'Peserta',
      unit: 'Unit',
      package: 'Paket',
      attempt: 'Percobaan',
      replaced: 'Diganti (reset)',
      status: 'Status',
      startedAt: (zone) => `Mulai (${zone})`,
      submittedAt: (zone) => `Dikumpulkan (${zone})`,
      timeUsedMinutes: 'Waktu terpakai (menit)',
      submitKind: 'Cara selesai',
      score: 'Nilai (%)',
      points: 'Poin',
      maxPoints: 'Poin maksimum',
      passed: 'Lulus',
      answered: 'Soal terjawab',
      questions: 'Jumlah soal',
    },
    statistics: {
      package: 'Paket',
      position: 'No.',
      question: 'Soal',
      responses: 'Jumlah peserta',
      unanswered: 'Tidak dijawab',
      difficulty: 'Tingkat kesukaran (p)',
      discrimination: 'Daya beda (point-biserial)',
      option: (letter) => `Opsi ${letter}`,
      key: 'Kunci',
      flags: 'Catatan',
    },
    status: { not_started: 'Belum dimulai', in_progress: 'Sedang dikerjakan', submitted: 'Sudah dikumpulkan', closed: 'Ditutup', abandoned: 'Ditinggalkan' },
    submitKind: { worker: 'oleh peserta', auto: 'otomatis saat waktu habis', forced: 'oleh HC', closed: 'saat ditutup' },
    flags: {
      too_easy: 'terlalu mudah',
      too_hard: 'terlalu sulit',
      low_discrimination: 'daya beda rendah',
      negative_discrimination: 'daya beda negatif (periksa kunci)',
      distractor_beats_key_in_top_group: 'kelompok atas lebih banyak memilih pengecoh daripada kunci',
      few_responses: 'peserta sedikit',
    },
  },
  en: {
    resultsSheet: 'Results',
    statisticsSheet: 'Question statistics',
    yes: 'Yes',
    no: 'No',
    columns: {
      worker: 'Worker',
      unit: 'Unit',
      package: 'Package',
      attempt: 'Attempt',
      replaced: 'Replaced (reset)',
      status: 'Status',
      startedAt: (zone) => `Started (${zone})`,
      submittedAt: (zone) => `Submitted (${zone})`,
      timeUsedMinutes: 'Time used (minutes)',
      submitKind: 'Ended',
      score: 'Score (%)',
      points: 'Points',
      maxPoints: 'Maximum points',
      passed: 'Passed',
      answered: 'Answered',
      questions: 'Questions',
    },
    statistics: {
      package: 'Package',
      position: 'No.',
      question: 'Question',
      responses: 'Attempts',
      unanswered: 'Unanswered',
      difficulty: 'Difficulty (p)',
      discrimination: 'Discrimination (point-biserial)',
      option: (letter) => `Option ${letter}`,
      key: 'Key',
      flags: 'Notes',
    },
    status: { not_started: 'Not started', in_progress: 'In progress', submitted: 'Submitted', closed: 'Closed', abandoned: 'Abandoned' },
    submitKind: { worker: 'by the worker', auto: 'automatically at time-up', forced: 'by HC', closed: 'at closing' },
    flags: {
      too_easy: 'too easy',
      too_hard: 'too hard',
      low_discrimination: 'low discrimination',
      negative_discrimination: 'negative discrimination (check the key)',
      distractor_beats_key_in_top_group: 'top group chose a distractor more often than the key',
      few_responses: 'few attempts',
    },
  },
};
