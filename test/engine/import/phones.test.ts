import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';
import { fastE164 } from '../../../electron/engine/import/normalise/phoneFastPath';
import {
  PhoneNormaliser,
  normalisePhone,
  splitPhoneCell,
} from '../../../electron/engine/import/normalise/phones';
import { createRandom } from '../../../electron/engine/synthetic/people';

const lb = (input: string | number) => normalisePhone(input, { defaultCountry: 'LB' });

describe('normalisePhone (Lebanon as the default country)', () => {
  it.each([
    ['+961 3 123 456', '+9613123456'],
    ['03-123456', '+9613123456'],
    ['03/123456', '+9613123456'],
    ['00961 3 123456', '+9613123456'],
    ['3123456', '+9613123456'],
    ['(03) 123 456', '+9613123456'],
    ['+961 (0)3 123 456', '+9613123456'],
    ['9613123456', '+9613123456'],
    ['71 123 456', '+96171123456'],
    ['01 123 456', '+9611123456'],
    ['tel: 03 123 456', '+9613123456'],
    ['٠٣ ١٢٣ ٤٥٦', '+9613123456'],
    ['+63 917 123 4567', '+639171234567'],
    ['0063 917 123 4567', '+639171234567'],
  ])('%s → %s', (input, expected) => {
    expect(lb(input)).toEqual({ ok: true, original: input, value: expected });
  });

  it('leaves a valid E.164 number exactly as it is, without asking libphonenumber', () => {
    expect(lb('+9613123456')).toEqual({ ok: true, original: '+9613123456', value: '+9613123456' });
    expect(fastE164('+9613123456', 'LB')).toBe('+9613123456');
    expect(fastE164('+9613123456', undefined)).toBe('+9613123456');
  });

  it('reads spreadsheet numbers that lost their leading zero', () => {
    expect(lb(3123456)).toMatchObject({ ok: true, value: '+9613123456' });
  });

  it('rejects invalid numbers with a reason that does not quote them', () => {
    for (const bad of ['12', '03 12', '+961 9 999', '5555555555555555', 'call me', '+999 123 456']) {
      const r = lb(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason).not.toMatch(/\d{3}/);
    }
    expect(lb('9.61312E+9')).toMatchObject({
      ok: false,
      code: 'invalid',
      reason: expect.stringMatching(/scientific/),
    });
    expect(lb('')).toEqual({ ok: true, original: '', value: null });
  });

  it('needs a country code when the file has no default country', () => {
    expect(normalisePhone('03 123 456')).toMatchObject({ ok: false, code: 'incomplete' });
    expect(normalisePhone('+961 3 123 456')).toMatchObject({ ok: true, value: '+9613123456' });
    expect(normalisePhone('00961 3 123 456')).toMatchObject({ ok: true, value: '+9613123456' });
  });

  it('keeps countries apart: the same digits mean different numbers', () => {
    expect(new PhoneNormaliser('PH').normalise('0917 123 4567')).toMatchObject({ value: '+639171234567' });
    expect(new PhoneNormaliser('LB').normalise('0917 123 4567').ok).toBe(false);
    expect(new PhoneNormaliser('US').normalise('(201) 555-0123')).toMatchObject({ value: '+12015550123' });
  });
});

describe('splitPhoneCell', () => {
  it('splits cells holding several numbers, keeping "03/123456" whole', () => {
    expect(splitPhoneCell('03 123 456 / 71 234 567')).toEqual(['03 123 456', '71 234 567']);
    expect(splitPhoneCell('03/123456')).toEqual(['03/123456']);
    expect(splitPhoneCell('+961 3 123 456; +961 71 234 567')).toEqual(['+961 3 123 456', '+961 71 234 567']);
    expect(splitPhoneCell('03 123 456 or 71 234 567')).toEqual(['03 123 456', '71 234 567']);
    expect(splitPhoneCell('03 123 456 أو 71 234 567')).toEqual(['03 123 456', '71 234 567']);
    expect(splitPhoneCell('03 123 456\n71 234 567')).toEqual(['03 123 456', '71 234 567']);
    expect(splitPhoneCell('')).toEqual([]);
  });
});

// The fast path must never disagree with libphonenumber. It may decline (undefined), never differ.
describe('fast path against libphonenumber', () => {
  const COUNTRIES: CountryCode[] = [
    'LB',
    'SY',
    'JO',
    'IQ',
    'EG',
    'SA',
    'AE',
    'TR',
    'IL',
    'PS',
    'PH',
    'IN',
    'BD',
    'LK',
    'NP',
    'PK',
    'ET',
    'KE',
    'SD',
    'NG',
    'GH',
    'MA',
    'DZ',
    'TN',
    'FR',
    'IT',
    'ES',
    'PT',
    'DE',
    'GB',
    'JE',
    'IM',
    'US',
    'CA',
    'PR',
    'RU',
    'KZ',
    'UA',
    'BR',
    'AR',
    'MX',
    'CO',
    'CN',
    'JP',
    'AU',
    'ID',
    'VN',
    'TH',
    'HT',
    'VA',
    'RE',
    'YT',
    'FI',
    'AX',
  ];

  function libraryE164(input: string, country: CountryCode | undefined): string | undefined {
    const p = parsePhoneNumberFromString(input, { defaultCountry: country }, maxMetadata);
    return p?.isValid() ? p.number : undefined;
  }

  function inputsFor(country: CountryCode, rnd: () => number): string[] {
    const example = getExampleNumber(country, examples, maxMetadata);
    const out: string[] = [];
    const digit = () => String(Math.floor(rnd() * 10));
    for (let i = 0; i < 120; i++) {
      if (example) {
        const nsn = example.nationalNumber as string;
        const keep = nsn.length - Math.floor(rnd() * Math.min(6, nsn.length));
        let mutated = nsn.slice(0, keep) + Array.from({ length: nsn.length - keep }, digit).join('');
        if (rnd() < 0.1) mutated += digit();
        if (rnd() < 0.1) mutated = mutated.slice(0, -1);
        const prefix = rnd() < 0.5 ? '0' : '';
        out.push(mutated, prefix + mutated, `+${example.countryCallingCode}${mutated}`);
        out.push(`+${example.countryCallingCode} ${mutated.slice(0, 3)} ${mutated.slice(3)}`);
        out.push(`${prefix}${mutated.slice(0, 2)}-${mutated.slice(2, 5)}-${mutated.slice(5)}`);
        out.push(`+${example.countryCallingCode}0${mutated}`);
      }
      const len = 5 + Math.floor(rnd() * 9);
      out.push(
        Array.from({ length: len }, digit).join(''),
        '+' + Array.from({ length: len + 2 }, digit).join(''),
      );
    }
    return out;
  }

  it('gives the same E.164 as libphonenumber wherever it answers, across 54 countries', () => {
    const rnd = createRandom(20251105);
    let compared = 0;
    let answered = 0;
    let valid = 0;
    const disagreements: string[] = [];
    for (const country of COUNTRIES) {
      for (const input of inputsFor(country, rnd)) {
        for (const defaultCountry of [country, undefined]) {
          const expected = libraryE164(input, defaultCountry);
          const fast = fastE164(input, defaultCountry);
          compared++;
          if (expected) valid++;
          if (fast === undefined) continue;
          answered++;
          if (fast !== expected)
            disagreements.push(`${defaultCountry ?? '-'} ${input}: ${fast} vs ${expected}`);
        }
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(50_000);
    // It must also be worth having: most valid numbers take the fast path.
    expect(answered / valid).toBeGreaterThan(0.7);
  });

  it('answers for every plain Lebanese mobile number, national or international', () => {
    const rnd = createRandom(7);
    for (let i = 0; i < 2000; i++) {
      const rest = String(Math.floor(rnd() * 1e6)).padStart(6, '0');
      expect(fastE164(`03 ${rest}`, 'LB')).toBe(`+9613${rest}`);
      expect(fastE164(`+961 3 ${rest}`, 'LB')).toBe(`+9613${rest}`);
    }
  });

  it('declines what is not plain, leaving it to libphonenumber', () => {
    expect(fastE164('03 123 456 ext. 12', 'LB')).toBeUndefined();
    expect(fastE164('00961 3 123 456', 'LB')).toBeUndefined();
    expect(fastE164('03 123 456', undefined)).toBeUndefined();
    expect(fastE164('+800 1234 5678', undefined)).toBeUndefined();
  });
});

describe('PhoneNormaliser against libphonenumber, slow path included', () => {
  it('agrees on every generated input for Lebanon and the Philippines', () => {
    const rnd = createRandom(99);
    for (const country of ['LB', 'PH'] as const) {
      const normaliser = new PhoneNormaliser(country);
      for (let i = 0; i < 3000; i++) {
        const len = 6 + Math.floor(rnd() * 7);
        const digits = Array.from({ length: len }, () => String(Math.floor(rnd() * 10))).join('');
        const input = rnd() < 0.3 ? `+${digits}` : rnd() < 0.5 ? `0${digits}` : digits;
        const p = parsePhoneNumberFromString(input, { defaultCountry: country }, maxMetadata);
        const expected = p?.isValid() ? p.number : null;
        const got = normaliser.normalise(input);
        expect(got.ok ? got.value : null, input).toBe(expected);
      }
    }
  });
});
