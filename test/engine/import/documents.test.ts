import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber } from '../../../electron/engine/import/normalise/documents';

describe('normaliseDocumentNumber', () => {
  it('upper-cases and removes spaces, dashes, dots and slashes', () => {
    expect(normaliseDocumentNumber(' p 1234-5678 ', 'passport')).toEqual({
      ok: true,
      original: ' p 1234-5678 ',
      value: 'P12345678',
    });
    expect(normaliseDocumentNumber('ab.123/456', 'passport')).toMatchObject({ value: 'AB123456' });
    expect(normaliseDocumentNumber('Ｐ１２３４５６７', 'passport')).toMatchObject({ value: 'P1234567' });
    expect(normaliseDocumentNumber('٠١٢٣٤٥٦٧٨', 'national_id')).toMatchObject({ value: '012345678' });
    expect(normaliseDocumentNumber(12345678, 'national_id')).toMatchObject({ value: '12345678' });
  });

  it('checks plausible lengths per kind', () => {
    expect(normaliseDocumentNumber('P12', 'passport')).toMatchObject({ ok: false, code: 'too_short' });
    expect(normaliseDocumentNumber('P1234567890123456', 'passport')).toMatchObject({
      ok: false,
      code: 'too_long',
    });
    expect(normaliseDocumentNumber('110101199003077777', 'national_id')).toMatchObject({ ok: true });
    expect(normaliseDocumentNumber('1'.repeat(30), 'national_id')).toMatchObject({ ok: false });
  });

  it('refuses placeholders and characters that are not Latin letters or digits', () => {
    expect(normaliseDocumentNumber('NONE', 'passport')).toEqual({ ok: true, original: 'NONE', value: null });
    for (const v of ['pending', 'No passport', '000000', 'XXXXXXX']) {
      expect(normaliseDocumentNumber(v, 'passport'), v).toMatchObject({ ok: false, code: 'invalid' });
    }
    expect(normaliseDocumentNumber('AB12345€', 'passport')).toMatchObject({ ok: false, code: 'invalid' });
    expect(normaliseDocumentNumber('ABCDEFG', 'passport')).toMatchObject({ ok: false, code: 'invalid' });
    expect(normaliseDocumentNumber('', 'passport')).toEqual({ ok: true, original: '', value: null });
  });

  it('gives reasons that never quote the number', () => {
    const r = normaliseDocumentNumber('P12', 'passport');
    expect(r.ok === false && r.reason).not.toContain('P12');
  });
});
