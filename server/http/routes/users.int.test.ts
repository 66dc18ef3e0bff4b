import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';

let t: TestServer;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestServer();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

/** A multipart/form-data body with one file in field "file". */
function upload(filename: string, content: Buffer | string) {
  const boundary = '----ujian-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return admin.post('/api/users/import', payload, { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

const userCount = async () => (await admin.get('/api/users')).json().users.length as number;

describe('admin user management', () => {
  it('creates, finds, edits and resets the password of a user', async () => {
    const created = await admin.post('/api/users', {
      username: 'ani.wijaya',
      password: 'first-pass-1',
      name: 'Ani Wijaya',
      role: 'coachee',
      nip: '199001012015012001',
      email: 'ani@example.co.id',
      unit: 'Utilitas',
    });
    expect(created.statusCode).toBe(201);
    const { user } = created.json();
    expect(user).toEqual({
      id: expect.any(String),
      username: 'ani.wijaya',
      name: 'Ani Wijaya',
      role: 'coachee',
      nip: '199001012015012001',
      email: 'ani@example.co.id',
      unit: 'Utilitas',
      position: null,
      active: true,
    });
    expect((await admin.get('/api/users?q=199001012015')).json().users.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const edited = await admin.patch(`/api/users/${user.id}`, { position: 'Teknisi', email: '' });
    expect(edited.json().user).toMatchObject({ position: 'Teknisi', email: null });

    const worker = await t.loginAs('ani.wijaya', 'first-pass-1');
    expect((await admin.post(`/api/users/${user.id}/password`, { password: 'second-pass-2' })).statusCode).toBe(204);
    expect((await worker.get('/api/auth/me')).statusCode).toBe(401);
    await expect(t.loginAs('ani.wijaya', 'second-pass-2')).resolves.toBeTruthy();
  });

  it('answers bad input with 400 per field, duplicates with 409, unknown ids with 404, and writes nothing', async () => {
    const before = await userCount();
    const bad = await admin.post('/api/users', { username: 'x y', password: 'short', name: '', role: 'boss', email: 'not-an-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['email', 'name', 'password', 'role', 'username']);
    const duplicate = await admin.post('/api/users', { username: 'WORKER1', password: 'long-enough', name: 'Copy', role: 'coachee' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ error: 'duplicate', field: 'username' });
    expect((await admin.patch('/api/users/nope', { name: 'X' })).statusCode).toBe(404);
    expect((await admin.patch('/api/users/nope', {})).statusCode).toBe(400);
    expect(await userCount()).toBe(before);
  });
});

describe('user import', () => {
  it('imports a CSV with a report per row', async () => {
    const csv = 'username,name,role,password,nip,email,unit,position\nrudi.h,Rudi Hartono,coachee,pass-word-1,,rudi@x.id,Gudang,Operator\ntari.s,Tari Susanti,coach,pass-word-2,880001,,Gudang,Supervisor\n';
    const res = await upload('people.csv', csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, rows: [{ row: 2, username: 'rudi.h' }, { row: 3, username: 'tari.s' }] });
    await expect(t.loginAs('tari.s', 'pass-word-2')).resolves.toBeTruthy();
  });

  it('imports nothing when any row is bad, naming the row and column of each problem', async () => {
    const before = await userCount();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('users');
    sheet.addRow(['username', 'name', 'role', 'password', 'nip', 'email', 'unit', 'position']);
    sheet.addRow(['good.one', 'Good One', 'coachee', 'pass-word-1', '', '', 'Produksi', '']);
    sheet.addRow(['good.one', 'Twin', 'coachee', 'pass-word-1', '', '', '', '']);
    sheet.addRow(['bad.role', 'Bad Role', 'manager', 'pass-word-1', '', '', '', '']);
    sheet.addRow(['worker2', 'Taken', 'coachee', 'pass-word-1', '', '', '', '']);
    sheet.addRow(['formula', { formula: '1+1', result: 2 }, 'coachee', 'pass-word-1', '', '', '', '']);
    const res = await upload('people.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().rows).toEqual([
      { row: 3, column: 'username', message: 'Same username as row 2.' },
      { row: 4, column: 'role', message: expect.stringContaining('Role must be one of') },
      { row: 5, column: 'username', message: 'That username is already taken.' },
      { row: 6, column: 'name', message: expect.stringContaining('Formulas are not accepted') },
    ]);
    expect(await userCount()).toBe(before);
  });

  it('refuses broken, empty and unknown files with a clear 400', async () => {
    for (const [name, content, message] of [
      ['junk.xlsx', 'this is not a zip', /could not be read/],
      ['empty.csv', '', /empty/],
      ['people.pdf', '%PDF', /Only .xlsx and .csv/],
      ['header-only.csv', 'username,name\n', /missing: role, password/],
    ] as const) {
      const res = await upload(name, content);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().message, name).toMatch(message);
    }
  });

  it('offers the template as .xlsx and .csv', async () => {
    const xlsx = await admin.get('/api/users/import/template.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const csv = await admin.get('/api/users/import/template.csv');
    expect(csv.body.split('\n')[0]).toBe('username,name,role,password,nip,email,unit,position');
  });
});
