import { describe, expect, it } from 'vitest';
import { emailMatchKey, normaliseEmail } from '../../../electron/engine/import/normalise/email';

describe('normaliseEmail', () => {
  it('trims and lower-cases the domain only', () => {
    expect(normaliseEmail('  Maria.Santos@Example.ORG ')).toEqual({
      ok: true,
      original: '  Maria.Santos@Example.ORG ',
      value: 'Maria.Santos@example.org',
    });
    expect(emailMatchKey('Maria.Santos@example.org')).toBe('maria.santos@example.org');
  });

  it('unwraps what mail clients and spreadsheets add', () => {
    expect(normaliseEmail('mailto:zorba@example.com')).toMatchObject({ value: 'zorba@example.com' });
    expect(normaliseEmail('Zorba Haddad <zorba@example.com>')).toMatchObject({
      value: 'zorba@example.com',
    });
    expect(normaliseEmail('zorba@example.com.')).toMatchObject({ value: 'zorba@example.com' });
    expect(normaliseEmail('zorba＠example.com')).toMatchObject({ value: 'zorba@example.com' });
    expect(normaliseEmail('josé@correo.es')).toMatchObject({ value: 'josé@correo.es' });
  });

  it('refuses what is not one valid address', () => {
    for (const bad of [
      'zorba.example.com',
      'zorba@@example.com',
      'zorba@example',
      'zorba@example,com',
      'a@b.c',
      '.zorba@example.com',
      'zorba..h@example.com',
      'zorba@-example.com',
      'zorba@example.com; sara@example.com',
      'zorba haddad@example.com',
    ]) {
      const r = normaliseEmail(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason).not.toContain('zorba');
    }
    expect(normaliseEmail(`${'a'.repeat(65)}@example.com`).ok).toBe(false);
    expect(normaliseEmail('')).toEqual({ ok: true, original: '', value: null });
  });
});
