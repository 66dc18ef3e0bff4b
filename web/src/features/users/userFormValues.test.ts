import { describe, expect, it } from 'vitest';
import type { AdminUser } from '../../api/users';
import { userFormIssues, userFormValues } from './userFormValues';

const valid = { ...userFormValues(), username: 'ab', password: 'Rahasia-2026', name: 'Siti Rahma' };

describe('userFormIssues (the server schema, in the UI language)', () => {
  it('accepts a 2-character username, as the server and the database do', () => {
    expect(userFormIssues(valid, 'id')).toEqual({ fields: {}, general: [] });
  });

  it('refuses a 1-character username with the rule in Indonesian, or in English', () => {
    expect(userFormIssues({ ...valid, username: 'a' }, 'id').fields).toEqual({
      username: 'Gunakan 2 sampai 64 huruf, angka, titik, tanda hubung, atau garis bawah',
    });
    expect(userFormIssues({ ...valid, username: 'a' }, 'en').fields).toEqual({
      username: 'Use 2 to 64 letters, digits, dots, dashes or underscores',
    });
  });

  it('names each wrong field: short password, missing name, bad email, too long NIP', () => {
    const issues = userFormIssues({ ...valid, password: 'short', name: ' ', email: 'x@', nip: '1'.repeat(40) }, 'id');
    expect(issues.fields).toEqual({
      password: 'Isi minimal 8 karakter',
      name: 'Wajib diisi',
      email: 'Isi alamat email yang valid',
      nip: 'Isi maksimal 32 karakter',
    });
    expect(issues.general).toEqual([]);
  });

  it('checks only the changes of an edit, and nothing when nothing changed', () => {
    const user: AdminUser = { id: 'u1', username: 'a.b', name: 'Siti', role: 'coachee', nip: null, email: null, unit: null, position: null, active: true };
    expect(userFormIssues(userFormValues(user), 'id', user)).toEqual({ fields: {}, general: [] });
    expect(userFormIssues({ ...userFormValues(user), name: '' }, 'en', user).fields).toEqual({ name: 'Enter a name' });
  });
});
