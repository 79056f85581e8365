import { describe, expect, it } from 'vitest';
import { detectSexScheme, normaliseSex } from '../../../electron/engine/import/normalise/sex';

const value = (v: string, scheme?: 'standard' | 'hombre-mujer') => {
  const r = normaliseSex(v, scheme);
  return r.ok ? r.value : 'rejected';
};

describe('normaliseSex', () => {
  it.each([
    ['M', 'M'],
    ['m', 'M'],
    ['Male', 'M'],
    ['MALE', 'M'],
    ['man', 'M'],
    ['H', 'M'],
    ['Homme', 'M'],
    ['masculin', 'M'],
    ['Masculino', 'M'],
    ['hombre', 'M'],
    ['varón', 'M'],
    ['maschio', 'M'],
    ['Uomo', 'M'],
    ['ذكر', 'M'],
    ['м', 'M'],
    ['Мужской', 'M'],
    ['männlich', 'M'],
    ['M.', 'M'],
    ['Male (M)', 'M'],
    ['F', 'F'],
    ['f', 'F'],
    ['Female', 'F'],
    ['woman', 'F'],
    ['Femme', 'F'],
    ['féminin', 'F'],
    ['Femenino', 'F'],
    ['mujer', 'F'],
    ['femmina', 'F'],
    ['Donna', 'F'],
    ['Feminino', 'F'],
    ['أنثى', 'F'],
    ['انثى', 'F'],
    ['ж', 'F'],
    ['Ž', 'F'],
    ['ženski', 'F'],
    ['weiblich', 'F'],
    ['W', 'F'],
    ['K', 'F'],
    ['X', 'X'],
    ['other', 'X'],
    ['autre', 'X'],
    ['non-binary', 'X'],
    ['divers', 'X'],
  ] as const)('%s → %s', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it('treats empty and "unknown" as no value, and refuses the rest with a reason', () => {
    expect(normaliseSex('')).toEqual({ ok: true, original: '', value: null });
    expect(normaliseSex('unknown')).toEqual({ ok: true, original: 'unknown', value: null });
    expect(normaliseSex('U')).toEqual({ ok: true, original: 'U', value: null });
    const r = normaliseSex('banana');
    expect(r).toMatchObject({ ok: false, code: 'unrecognised', original: 'banana' });
    expect(r.ok === false && r.reason).not.toContain('banana');
    expect(value('constructor')).toBe('rejected');
  });
});

describe('detectSexScheme', () => {
  it('sees a Spanish H/M (hombre/mujer) column, where M is female', () => {
    const column = ['H', 'M', 'M', 'H', ''];
    expect(detectSexScheme(column)).toBe('hombre-mujer');
    expect(column.map((v) => value(v, 'hombre-mujer'))).toEqual(['M', 'F', 'F', 'M', null]);
    expect(detectSexScheme(['V', 'M'])).toBe('hombre-mujer');
  });

  it('keeps the usual reading when F appears', () => {
    expect(detectSexScheme(['H', 'F', 'M'])).toBe('standard');
    expect(detectSexScheme(['M', 'F'])).toBe('standard');
    expect(detectSexScheme(['M', 'M'])).toBe('standard');
  });
});
