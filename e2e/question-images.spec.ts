import { expect, test } from '@playwright/test';
import { warningSignPng } from '../server/test/images.js';
import { apiAs, openExam } from './exam-support.js';
import { createUser, uniqueName } from './factories.js';
import { captureScreen } from './support.js';

test('a worker sees the safety sign of an exam question, loaded from the server and cached', async ({ page, baseURL }, testInfo) => {
  const { api, headers } = await apiAs(baseURL!, 'hc');
  const uploaded = await api.post('/api/images', { headers, multipart: { file: { name: 'rambu.png', mimeType: 'image/png', buffer: warningSignPng() } } });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const image = (await uploaded.json()) as { id: string; url: string };

  const title = uniqueName('Rambu K3');
  const now = Date.now();
  const created = await api.post('/api/assessments', {
    headers,
    data: {
      title,
      description: 'Mengenali rambu keselamatan.',
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      durationMinutes: 10,
      passScore: 50,
      questionsPerPage: 5,
      shuffleQuestions: false,
      shuffleOptions: false,
    },
  });
  const { id: assessmentId } = (await created.json()) as { id: string };
  const { id: packageId } = (await (await api.post(`/api/assessments/${assessmentId}/packages`, { headers, data: {} })).json()) as { id: string };
  const question = await api.post(`/api/packages/${packageId}/questions`, {
    headers,
    data: {
      text: 'Apa arti rambu berbentuk segitiga kuning ini?',
      imageId: image.id,
      options: [
        { text: 'Peringatan bahaya', correct: true, imageId: image.id },
        { text: 'Wajib memakai helm', correct: false },
        { text: 'Jalur evakuasi', correct: false },
      ],
    },
  });
  expect(question.status(), await question.text()).toBe(201);

  const worker = await createUser(baseURL!);
  expect((await api.post(`/api/assessments/${assessmentId}/assignments`, { headers, data: { userIds: [worker.id] } })).ok()).toBe(true);

  const imageResponse = page.waitForResponse((res) => res.url().endsWith(image.url));
  await openExam(page, worker.username, title);
  const served = await imageResponse;
  expect(served.headers()['cache-control']).toBe('private, max-age=31536000, immutable');

  const card = page.getByTestId('question-0');
  const picture = card.getByRole('img', { name: 'Apa arti rambu berbentuk segitiga kuning ini?' });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(160);
  await expect(card.getByRole('img', { name: 'Gambar pilihan A' })).toBeVisible();
  await captureScreen(page, testInfo, 'exam-question-with-image');
  await api.dispose();
});

