import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../electron/engine/import/normalise/dates';
import { nameKeys } from '../../../electron/engine/import/normalise/names';
import { normaliseNationality } from '../../../electron/engine/import/normalise/nationality';
import { normalisePhone } from '../../../electron/engine/import/normalise/phones';
import { clearNormaliserCaches } from '../../../electron/engine/import/normalise/text';

function sample() {
  return [
    normaliseDate('03/04/1988', { kind: 'birth' }),
    normaliseDate('25/12/1990', { kind: 'birth', order: 'MDY' }),
    nameKeys('Mohammed El-Hassan'),
    normaliseNationality('Filipina'),
    normalisePhone('03 123 456', { defaultCountry: 'LB' }),
  ];
}

describe('clearNormaliserCaches', () => {
  it('forgets cached values without changing any answer', () => {
    const first = sample();
    expect(sample()).toEqual(first); // answered from the caches
    clearNormaliserCaches();
    expect(sample()).toEqual(first); // worked out again
    expect(first[0]).toMatchObject({ ok: true, value: '1988-04-03' });
    expect(first[1]).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('keeps results of different "today"s apart', () => {
    const then = new Date(2000, 0, 1);
    const now = new Date(2025, 0, 1);
    expect(normaliseDate('01/01/10', { kind: 'birth', today: then })).toMatchObject({ value: '1910-01-01' });
    expect(normaliseDate('01/01/10', { kind: 'birth', today: now })).toMatchObject({ value: '2010-01-01' });
    expect(normaliseDate('01/01/10', { kind: 'birth', today: then })).toMatchObject({ value: '1910-01-01' });
  });
});
