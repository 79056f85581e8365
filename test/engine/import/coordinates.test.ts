import { describe, expect, it } from 'vitest';
import {
  checkPoint,
  countryBounds,
  normalisePoint,
  parseCoordinate,
} from '../../../electron/engine/import/normalise/coordinates';

const num = (input: string | number, axis: 'lat' | 'lon') => {
  const r = parseCoordinate(input, axis);
  return r.ok ? r.value : r.code;
};

describe('parseCoordinate', () => {
  it('reads decimal numbers with a point or a comma', () => {
    expect(num('33.8938', 'lat')).toBe(33.8938);
    expect(num('33,8938', 'lat')).toBe(33.8938);
    expect(num('-35.5', 'lon')).toBe(-35.5);
    expect(num('+35.5', 'lon')).toBe(35.5);
    expect(num(35.5018, 'lon')).toBe(35.5018);
    expect(num('33.8938°', 'lat')).toBe(33.8938);
    expect(num('٣٣٫٥', 'lat')).toBe('unrecognised');
  });

  it('reads hemispheres and degrees-minutes-seconds', () => {
    expect(num('33.5 S', 'lat')).toBe(-33.5);
    expect(num('N 33.5', 'lat')).toBe(33.5);
    expect(num('70.1 W', 'lon')).toBe(-70.1);
    expect(num('70.1 O', 'lon')).toBe(-70.1);
    expect(num('-70.1 W', 'lon')).toBe(-70.1);
    expect(num(`33°53'37.7"N`, 'lat')).toBeCloseTo(33.893806, 5);
    expect(num('33° 53.5′ N', 'lat')).toBeCloseTo(33.891667, 5);
    expect(num('35 30 36 E', 'lon')).toBeCloseTo(35.51, 5);
    expect(num('33.5 E', 'lat')).toBe('invalid');
    expect(num(`33°75'`, 'lat')).toBe('invalid');
  });

  it('checks ranges per axis', () => {
    expect(num('91', 'lat')).toBe('out_of_range');
    expect(num('91', 'lon')).toBe(91);
    expect(num('-180.5', 'lon')).toBe('out_of_range');
    expect(num('abc', 'lat')).toBe('unrecognised');
    expect(parseCoordinate('', 'lat')).toEqual({ ok: true, original: '', value: null });
  });
});

describe('swapped latitude and longitude', () => {
  const lebanon = countryBounds('LB');

  it('detects a Beirut point typed the wrong way round (in the sea if read as given)', () => {
    expect(checkPoint(35.5018, 33.8938, lebanon)).toMatchObject({
      ok: true,
      value: { lat: 33.8938, lon: 35.5018, swapped: true, inCountry: true },
    });
    expect(checkPoint(33.8938, 35.5018, lebanon)).toMatchObject({
      value: { lat: 33.8938, lon: 35.5018, swapped: false, inCountry: true },
    });
  });

  it('keeps points outside the host country as they are, and knows nothing without a country', () => {
    expect(checkPoint(48.8566, 2.3522, lebanon)).toMatchObject({
      value: { swapped: false, inCountry: false },
    });
    expect(checkPoint(35.5018, 33.8938, undefined)).toMatchObject({
      value: { swapped: false, inCountry: null },
    });
    expect(countryBounds('ZZ')).toBeUndefined();
  });

  it('swaps a pair whose longitude is beyond 90, for a host country far east', () => {
    // Manila typed lon, lat: 120.98 cannot be a latitude at all.
    expect(normalisePoint('120.9842', '14.5995', { country: 'PH' })).toMatchObject({
      ok: true,
      original: '120.9842, 14.5995',
      value: { lat: 14.5995, lon: 120.9842, swapped: true, inCountry: true },
    });
  });

  it('refuses 0,0, half a point, and out-of-range cells', () => {
    expect(normalisePoint('0', '0', { country: 'LB' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(normalisePoint('33.9', '', { country: 'LB' })).toMatchObject({ ok: false, code: 'incomplete' });
    expect(normalisePoint('', '', { country: 'LB' })).toMatchObject({ ok: true, value: null });
    expect(normalisePoint('120', '200', { country: 'LB' })).toMatchObject({
      ok: false,
      code: 'out_of_range',
    });
  });

  it('takes comma decimals in both cells', () => {
    expect(normalisePoint('35,5018', '33,8938', { country: 'LB' })).toMatchObject({
      value: { lat: 33.8938, lon: 35.5018, swapped: true },
    });
  });
});
