import { describe, expect, it } from 'vitest';
import {
  defaultDateOrder,
  inferDateOrder,
  normaliseDate,
  type DateOptions,
} from '../../../electron/engine/import/normalise/dates';

const today = new Date(2025, 5, 15); // 15 June 2025
const birth: DateOptions = { kind: 'birth', today };

function value(
  input: Parameters<typeof normaliseDate>[0],
  options: DateOptions = birth,
): string | null | undefined {
  const r = normaliseDate(input, options);
  return r.ok ? r.value : undefined;
}

describe('normaliseDate', () => {
  it.each([
    ['03/04/1988', 'DMY', '1988-04-03'],
    ['03/04/1988', 'MDY', '1988-03-04'],
    ['1988-04-03', 'DMY', '1988-04-03'],
    ['1988-04-03', 'MDY', '1988-04-03'],
    ['1988/4/3', 'DMY', '1988-04-03'],
    ['03.04.88', 'DMY', '1988-04-03'],
    ['3-4-1988', 'DMY', '1988-04-03'],
    ['19880403', 'DMY', '1988-04-03'],
    ['88/04/03', 'YMD', '1988-04-03'],
    ['25/12/1990', 'YMD', '1990-12-25'],
    ['3 April 1988', 'DMY', '1988-04-03'],
    ['April 3, 1988', 'DMY', '1988-04-03'],
    ['April 3rd, 1988', 'MDY', '1988-04-03'],
    ['03-Apr-88', 'DMY', '1988-04-03'],
    ['03-APR-1988', 'MDY', '1988-04-03'],
    ['Sunday, 3 April 1988', 'DMY', '1988-04-03'],
    ['3 avril 1988', 'DMY', '1988-04-03'],
    ['1er mars 1990', 'DMY', '1990-03-01'],
    ['12 févr. 1975', 'DMY', '1975-02-12'],
    ['3 de abril de 1988', 'DMY', '1988-04-03'],
    ['3 de setiembre de 1988', 'DMY', '1988-09-03'],
    ['3 aprile 1988', 'DMY', '1988-04-03'],
    ['3 de março de 1988', 'DMY', '1988-03-03'],
    ['3. März 1988', 'DMY', '1988-03-03'],
    ['3 نيسان 1988', 'DMY', '1988-04-03'],
    ['3 كانون الثاني 1988', 'DMY', '1988-01-03'],
    ['3 تشرين الأول 1988', 'DMY', '1988-10-03'],
    ['3 أبريل 1988', 'DMY', '1988-04-03'],
    ['٠٣/٠٤/١٩٨٨', 'DMY', '1988-04-03'],
    ['1988-04-03T00:00:00.000Z', 'DMY', '1988-04-03'],
    ['03/04/1988 14:30', 'DMY', '1988-04-03'],
  ] as const)('%s (%s) → %s', (input, order, expected) => {
    expect(value(input, { ...birth, order })).toBe(expected);
  });

  it('keeps the original beside the value', () => {
    expect(normaliseDate(' 3 April 1988 ', birth)).toEqual({
      ok: true,
      original: ' 3 April 1988 ',
      value: '1988-04-03',
    });
    expect(normaliseDate('', birth)).toEqual({ ok: true, original: '', value: null });
    expect(normaliseDate('N/A', birth)).toEqual({ ok: true, original: 'N/A', value: null });
  });

  it('rejects days that do not exist, with a reason that does not quote the date', () => {
    for (const bad of [
      '31/02/1990',
      '29/02/1989',
      '31/04/2001',
      '30 février 1990',
      '00/01/1990',
      '12/13/1990',
    ]) {
      const r = normaliseDate(bad, birth);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('invalid');
        expect(r.reason).not.toMatch(/19\d\d|20\d\d|février/);
      }
    }
    expect(value('29/02/1988')).toBe('1988-02-29');
    expect(value('29/02/2000')).toBe('2000-02-29');
    expect(normaliseDate('29/02/1900', birth).ok).toBe(false);
  });

  it('reads the day and month the way the column says', () => {
    expect(normaliseDate('12/25/1990', { ...birth, order: 'DMY' })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(value('12/25/1990', { ...birth, order: 'MDY' })).toBe('1990-12-25');
    expect(normaliseDate('03/04/1988', { ...birth, order: 'YMD' })).toMatchObject({
      ok: false,
      code: 'ambiguous',
    });
  });

  it('reads Excel serial day numbers, as numbers or as text', () => {
    expect(value(32236)).toBe('1988-04-03');
    expect(value('32236')).toBe('1988-04-03');
    expect(value(32236.75)).toBe('1988-04-03');
    expect(value(61)).toBe('1900-03-01');
    expect(value(new Date(Date.UTC(1988, 3, 3)))).toBe('1988-04-03');
  });

  it('refuses a bare year, text and nonsense', () => {
    expect(normaliseDate('1988', birth)).toMatchObject({ ok: false, code: 'incomplete' });
    expect(normaliseDate(1988, birth)).toMatchObject({ ok: false, code: 'incomplete' });
    expect(normaliseDate('April 1988', birth)).toMatchObject({ ok: false, code: 'incomplete' });
    expect(normaliseDate('soon', birth)).toMatchObject({ ok: false, code: 'unrecognised' });
    expect(normaliseDate('3 constructor 1988', birth)).toMatchObject({ ok: false, code: 'unrecognised' });
    expect(normaliseDate('1/2/3/4', birth)).toMatchObject({ ok: false, code: 'unrecognised' });
  });

  it('puts two-digit birth years in the past, never the future', () => {
    expect(value('01/01/25')).toBe('2025-01-01');
    expect(value('01/01/26')).toBe('1926-01-01');
    expect(value('15/06/25')).toBe('2025-06-15');
    expect(value('16/06/25')).toBe(undefined); // tomorrow, in 2025: a birth cannot be in the future
    expect(value('05/11/99')).toBe('1999-11-05');
    expect(value('05/11/00')).toBe('2000-11-05');
  });

  it('puts two-digit expiry years ahead, up to 50 years', () => {
    const expiry: DateOptions = { kind: 'expiry', today };
    expect(value('01/01/30', expiry)).toBe('2030-01-01');
    expect(value('01/01/75', expiry)).toBe('2075-01-01');
    expect(value('01/01/76', expiry)).toBe('1976-01-01');
    expect(value('01/01/2040', expiry)).toBe('2040-01-01');
  });

  it('rejects births in the future or too long ago, and events in the future', () => {
    expect(normaliseDate('01/01/2030', birth)).toMatchObject({ ok: false, code: 'future' });
    expect(normaliseDate('01/01/1850', birth)).toMatchObject({ ok: false, code: 'implausible' });
    expect(normaliseDate('01/01/2030', { kind: 'event', today })).toMatchObject({
      ok: false,
      code: 'future',
    });
    expect(value('14/06/2025', { kind: 'event', today })).toBe('2025-06-14');
  });
});

describe('inferDateOrder', () => {
  it('finds DMY from the values that can only be DMY', () => {
    const r = inferDateOrder([
      '03/04/1988',
      '25/12/1990',
      '01/02/2000',
      '13.01.1975',
      '',
      'N/A',
      '1988-01-01',
    ]);
    expect(r.order).toBe('DMY');
    expect(r.counts).toEqual({ DMY: 2, MDY: 0, YMD: 1, ambiguous: 2, other: 0 });
  });

  it('finds MDY, e.g. in a roster from the Philippines', () => {
    expect(inferDateOrder(['04/03/1988', '12/25/1990', '1/31/2001', '02/02/1999']).order).toBe('MDY');
  });

  it('finds YMD when every value starts with the year', () => {
    expect(inferDateOrder(['1988-04-03', '1990/12/25', '2001.1.31']).order).toBe('YMD');
  });

  it('says null when nothing settles it, or the column contradicts itself', () => {
    expect(inferDateOrder(['03/04/1988', '01/02/2000']).order).toBeNull();
    expect(inferDateOrder(['25/12/1990', '12/25/1990', '13/01/1975']).order).toBeNull();
    expect(inferDateOrder([]).order).toBeNull();
  });

  it('tolerates one typo in twenty', () => {
    const values = [...Array.from({ length: 20 }, (_, i) => `${13 + (i % 15)}/05/1980`), '05/14/1980'];
    expect(inferDateOrder(values)).toMatchObject({ order: 'DMY', counts: { DMY: 20, MDY: 1 } });
  });

  it('leaves month names and serial numbers out of the vote', () => {
    expect(inferDateOrder(['3 April 1988', '32236', 'April 3, 1988']).counts).toMatchObject({ other: 3 });
  });
});

describe('defaultDateOrder', () => {
  it('knows the countries that write month first or year first', () => {
    expect(defaultDateOrder('US')).toBe('MDY');
    expect(defaultDateOrder('ph')).toBe('MDY');
    expect(defaultDateOrder('CN')).toBe('YMD');
    expect(defaultDateOrder('LB')).toBe('DMY');
    expect(defaultDateOrder(undefined)).toBe('DMY');
  });
});
