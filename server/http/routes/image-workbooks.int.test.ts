import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { QUESTION_COLUMNS } from '../../../common/schemas/question-bank.js';
import { createAssessment, createPackage, fileUpload, questionBody, useTestServer } from '../../test/factories.js';
import { jpegBytes, tinyPng } from '../../test/images.js';

const s = useTestServer();
const uploadImage = async (content: Buffer) => {
  const { payload, headers } = fileUpload('gambar.png', content);
  return (await s.hc.post('/api/images', payload, { headers })).json() as { id: string };
};
const importWorkbook = (assessmentId: string, content: Buffer) => {
  const { payload, headers } = fileUpload('soal.xlsx', content);
  return s.hc.post(`/api/assessments/${assessmentId}/packages/import`, payload, { headers });
};
const exportOf = async (assessmentId: string) => (await s.hc.get(`/api/assessments/${assessmentId}/packages/export`)).rawPayload;

/** Each question's text with the bytes of its image and of its options' images (hex), in order. */
async function picturesOf(assessmentId: string) {
  const { packages } = (await s.hc.get(`/api/assessments/${assessmentId}/packages`)).json();
  const bytesOf = async (id: string | null) => (id ? (await s.hc.get(`/api/images/${id}`)).rawPayload.toString('hex') : null);
  const out = [];
  for (const pkg of packages) {
    for (const q of pkg.questions) {
      out.push({ text: q.text, image: await bytesOf(q.imageId), options: await Promise.all(q.options.map((o: { imageId: string | null }) => bytesOf(o.imageId))) });
    }
  }
  return out;
}

describe('question workbook with pictures', () => {
  it('export -> import -> export keeps every picture on its question and option', async () => {
    const sign = tinyPng(250, 0, 0);
    const photo = jpegBytes('helm');
    const [signImage, photoImage] = [await uploadImage(sign), await uploadImage(photo)];
    const source = await createAssessment(s.hc);
    const pkg = await createPackage(s.hc, source.id);
    await s.hc.post(`/api/packages/${pkg.id}/questions`, { ...questionBody('Tanpa gambar') });
    const withPictures = questionBody('Rambu apa ini?', 2);
    withPictures.options[2] = { ...withPictures.options[2]!, imageId: photoImage.id } as (typeof withPictures.options)[number];
    withPictures.options[3] = { ...withPictures.options[3]!, imageId: signImage.id } as (typeof withPictures.options)[number];
    expect((await s.hc.post(`/api/packages/${pkg.id}/questions`, { ...withPictures, imageId: signImage.id })).statusCode).toBe(201);
    const expected = await picturesOf(source.id);
    expect(expected[1]).toMatchObject({ image: sign.toString('hex'), options: [null, null, photo.toString('hex'), sign.toString('hex')] });

    const target = await createAssessment(s.hc);
    const imported = await importWorkbook(target.id, await exportOf(source.id));
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await picturesOf(target.id)).toEqual(expected);

    const again = await createAssessment(s.hc);
    expect((await importWorkbook(again.id, await exportOf(target.id))).statusCode).toBe(200);
    expect(await picturesOf(again.id)).toEqual(expected);
  });

  it('refuses a picture that is off the question cells or not an image, naming row and column; nothing imported', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('questions');
    sheet.addRow([...QUESTION_COLUMNS]);
    sheet.addRow(['A', 'Soal', 'Ya', 'Tidak', '', '', '', '', '', '', 'A', 1]);
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    sheet.addImage(book.addImage({ buffer: tinyPng(5) as unknown as ExcelJS.Buffer, extension: 'png' }), { tl: { col: 11, row: 1 }, ext: { width: 10, height: 10 } });
    sheet.addImage(book.addImage({ buffer: gif as unknown as ExcelJS.Buffer, extension: 'gif' }), { tl: { col: 2, row: 1 }, ext: { width: 10, height: 10 } });
    const target = await createAssessment(s.hc);
    const res = await importWorkbook(target.id, Buffer.from(await book.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().rows).toEqual([
      { row: 2, column: 'points', message: expect.stringContaining('question cell or an option cell') },
      { row: 2, column: 'option_a', message: expect.stringContaining('PNG, JPEG or WebP') },
    ]);
    expect((await s.hc.get(`/api/assessments/${target.id}/packages`)).json().packages).toEqual([]);
  });
});
