import { expect, it } from 'vitest';
import { DEMO_COACHEES } from '../../demo/demo-accounts.js';
import { countRows, userIdOf, useTestServer } from '../../test/factories.js';

const s = useTestServer();

it('lists the demo links with names', async () => {
  const { coachLinks } = (await s.hc.get('/api/coach-links')).json();
  expect(coachLinks).toHaveLength(DEMO_COACHEES.length);
  expect(coachLinks[0]).toEqual({
    coachId: expect.any(String),
    coachName: 'Bambang Hartono',
    coacheeId: expect.any(String),
    coacheeName: expect.any(String),
    coacheeUnit: 'Produksi',
    createdAt: expect.any(String),
  });
});

it('links a coach to a coachee once, and unlinks them', async () => {
  const coachId = await userIdOf(s.t.database, 'coach');
  const coacheeId = await userIdOf(s.t.database, 'worker2');
  const created = await s.hc.post('/api/coach-links', { coachId, coacheeId });
  expect(created.statusCode).toBe(201);
  expect(created.json()).toMatchObject({ coachId, coacheeId, coacheeUnit: 'Pemeliharaan' });
  expect((await s.hc.post('/api/coach-links', { coachId, coacheeId })).statusCode).toBe(200);
  // The coach now sees the new coachee.
  const coach = await s.t.loginAs('coach');
  expect((await coach.get('/api/me/coachees')).json().coachees.map((c: { id: string }) => c.id)).toContain(coacheeId);

  expect((await s.hc.delete(`/api/coach-links/${coachId}/${coacheeId}`)).statusCode).toBe(204);
  expect((await s.hc.delete(`/api/coach-links/${coachId}/${coacheeId}`)).statusCode).toBe(404);
});

it('checks both roles and writes nothing on a mismatch', async () => {
  const before = await countRows(s.t.database, 'coach_links');
  const worker = await userIdOf(s.t.database, 'worker3');
  const coach = await userIdOf(s.t.database, 'coach');
  const cases: [Record<string, string>, string, string][] = [
    [{ coachId: worker, coacheeId: worker }, 'coachId', 'That user is not a coach.'],
    [{ coachId: coach, coacheeId: coach }, 'coacheeId', 'That user is not a coachee.'],
    [{ coachId: 'no-such-user', coacheeId: worker }, 'coachId', 'No such user.'],
  ];
  for (const [body, path, message] of cases) {
    const res = await s.hc.post('/api/coach-links', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ path, message }]);
  }
  expect(await countRows(s.t.database, 'coach_links')).toBe(before);
});
