import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../domain/images/images-service.js';
import { assign, countRows, createAssessment, createPackage, createUserVia, fileUpload, questionBody, useTestServer } from '../../test/factories.js';
import { jpegBytes, tinyPng } from '../../test/images.js';
import type { TestClient } from '../../test/test-server.js';

const s = useTestServer();
const upload = (client: TestClient, filename: string, content: Buffer) => {
  const { payload, headers } = fileUpload(filename, content);
  return client.post('/api/images', payload, { headers });
};
const imageCount = () => countRows(s.t.database, 'images');

describe('question images', () => {
  it('stores a PNG and a JPEG and serves each with its type, year-long private caching and an ETag (304 when it matches)', async () => {
    for (const [filename, bytes, type] of [
      ['rambu.png', tinyPng(200), 'image/png'],
      ['foto.jpg', jpegBytes('photo-1'), 'image/jpeg'],
    ] as const) {
      const res = await upload(s.hc, filename, bytes);
      expect(res.statusCode, res.body).toBe(201);
      const image = res.json();
      expect(image).toMatchObject({ url: `/api/images/${image.id}`, contentType: type, byteSize: bytes.length });

      const worker = await s.t.loginAs('worker1');
      const served = await worker.get(image.url);
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe(type);
      expect(served.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.rawPayload.equals(bytes)).toBe(true);

      const again = await worker.get(image.url, { headers: { 'if-none-match': served.headers.etag as string } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    }
  });

  it('reuses the stored row for the same bytes', async () => {
    const first = (await upload(s.hc, 'a.png', tinyPng(1))).json();
    const second = (await upload(s.hc, 'b.png', tinyPng(1))).json();
    expect(second.id).toBe(first.id);
  });

  it('refuses a file named .png whose bytes are not an image, and one over the limit; nothing is stored', async () => {
    const before = await imageCount();
    const fake = await upload(s.hc, 'rambu.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json()).toMatchObject({ error: 'validation', message: expect.stringMatching(/PNG, JPEG or WebP/) });

    const huge = Buffer.concat([tinyPng(9), Buffer.alloc(MAX_IMAGE_BYTES)]);
    const tooBig = await upload(s.hc, 'besar.png', huge);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json()).toMatchObject({ error: 'validation', message: 'The image is larger than 2 MB; make it smaller.' });
    expect(await imageCount()).toBe(before);
  });

  it('answers an unknown image with 404 that is never cached, and a worker may not upload', async () => {
    const missing = await s.hc.get('/api/images/00000000-0000-0000-0000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect((await upload(await s.t.loginAs('worker1'), 'a.png', tinyPng(3))).statusCode).toBe(403);
  });

  it('refuses a question naming an image that does not exist, with the field; null removes an image', async () => {
    const assessment = await createAssessment(s.hc);
    const pkg = await createPackage(s.hc, assessment.id);
    const res = await s.hc.post(`/api/packages/${pkg.id}/questions`, { ...questionBody('Rambu apa ini?'), imageId: 'no-such-image' });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ path: 'imageId', message: expect.any(String) }]);

    const image = (await upload(s.hc, 'rambu.png', tinyPng(77))).json();
    const added = (await s.hc.post(`/api/packages/${pkg.id}/questions`, { ...questionBody('Rambu apa ini?'), imageId: image.id })).json();
    expect(added.imageId).toBe(image.id);
    const removed = await s.hc.patch(`/api/questions/${added.id}`, { imageId: null });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().imageId).toBeNull();
  });

  it('shows the question and option images in the session view of the worker taking the exam', async () => {
    const questionImage = (await upload(s.hc, 'rambu.png', tinyPng(10, 20, 30))).json();
    const optionImage = (await upload(s.hc, 'pilihan.webp', Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).json();
    expect(optionImage.contentType).toBe('image/webp');
    const assessment = await createAssessment(s.hc);
    const pkg = await createPackage(s.hc, assessment.id);
    const body = questionBody('Rambu apa ini?');
    body.options[1] = { ...body.options[1]!, imageId: optionImage.id } as (typeof body.options)[number];
    const added = await s.hc.post(`/api/packages/${pkg.id}/questions`, { ...body, imageId: questionImage.id });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ imageId: questionImage.id, options: [{ imageId: null }, { imageId: optionImage.id }, {}, {}] });

    const admin = await s.t.loginAs('admin');
    const worker = await createUserVia(admin);
    const { sessions } = await assign(s.hc, assessment.id, { userIds: [worker.id] });
    const client = await s.t.loginAs(worker.username, worker.password);
    const view = (await client.post(`/api/sessions/${sessions[0]!.sessionId}/start`)).json();
    const [question] = view.questions;
    expect(question).toMatchObject({ imageId: questionImage.id, imageUrl: `/api/images/${questionImage.id}` });
    expect(question.options[0]).toMatchObject({ imageId: null, imageUrl: null });
    expect(question.options[1]).toMatchObject({ imageId: optionImage.id, imageUrl: `/api/images/${optionImage.id}` });
    expect((await client.get(question.imageUrl)).statusCode).toBe(200);
  });
});
