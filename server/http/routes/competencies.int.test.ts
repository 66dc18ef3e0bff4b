import { expect, it } from 'vitest';
import { countRows, createAssessment, useTestServer } from '../../test/factories.js';

const s = useTestServer();

it('creates, lists, edits and deletes competencies', async () => {
  const created = await s.hc.post('/api/competencies', { code: 'LOTO-02', name: 'Lockout Tagout' });
  expect(created.statusCode).toBe(201);
  const { id } = created.json();
  expect(created.json()).toEqual({ id, code: 'LOTO-02', name: 'Lockout Tagout', description: '', assessmentCount: 0 });
  const edited = await s.hc.patch(`/api/competencies/${id}`, { description: 'Isolasi energi sebelum perawatan' });
  expect(edited.json()).toMatchObject({ code: 'LOTO-02', description: 'Isolasi energi sebelum perawatan' });
  expect((await s.hc.get('/api/competencies')).json().competencies).toContainEqual(edited.json());
  expect((await s.hc.delete(`/api/competencies/${id}`)).statusCode).toBe(204);
  expect((await s.hc.delete(`/api/competencies/${id}`)).statusCode).toBe(404);
  expect((await s.hc.patch(`/api/competencies/${id}`, { name: 'x' })).statusCode).toBe(404);
});

it('keeps codes unique whatever their case, and answers bad input per field', async () => {
  expect((await s.hc.post('/api/competencies', { code: 'APD-01', name: 'APD' })).statusCode).toBe(201);
  const before = await countRows(s.t.database, 'competencies');
  const duplicate = await s.hc.post('/api/competencies', { code: 'apd-01', name: 'Another' });
  expect(duplicate.statusCode).toBe(409);
  expect(duplicate.json()).toMatchObject({ error: 'duplicate', field: 'code' });
  const bad = await s.hc.post('/api/competencies', { code: 'has space', name: '' });
  expect(bad.statusCode).toBe(400);
  expect(bad.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['code', 'name']);
  expect(await countRows(s.t.database, 'competencies')).toBe(before);
});

it('refuses to delete a competency an assessment certifies', async () => {
  const competency = (await s.hc.post('/api/competencies', { code: 'HOT-01', name: 'Hot work' })).json();
  await createAssessment(s.hc, { competencyIds: [competency.id] });
  const listed = (await s.hc.get('/api/competencies')).json().competencies.find((c: { id: string }) => c.id === competency.id);
  expect(listed.assessmentCount).toBe(1);
  const res = await s.hc.delete(`/api/competencies/${competency.id}`);
  expect(res.statusCode).toBe(409);
  expect(res.json()).toMatchObject({ error: 'in_use', message: expect.stringMatching(/1 assessment\(s\) certify HOT-01/) });
});
