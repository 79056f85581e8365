// Comparison primitives and levels: known Jaro-Winkler values, one-edit slips, birth-date levels.
import { describe, expect, it } from 'vitest';
import { dobLevel } from '../../../electron/engine/match/compare/fields';
import {
  jaro,
  jaroWinkler,
  withinOneEdit,
  wordOverlap,
} from '../../../electron/engine/match/compare/strings';

describe('Jaro-Winkler', () => {
  it('gives the published values', () => {
    // Winkler (1990) and the usual textbook examples.
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.944, 3);
  });
  it('is 1 for equal strings, 0 with nothing in common or an empty side', () => {
    expect(jaroWinkler('hassan', 'hassan')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });
});

describe('one edit', () => {
  it.each([
    ['N0234567', 'N0234567', true],
    ['N0234567', 'N0234568', true],
    ['N0234567', 'N0243567', true],
    ['N0234567', 'N023456', true],
    ['N023456', 'N0234567', true],
    ['N0234567', 'N0243568', false],
    ['N0234567', 'N02345', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe('birth date levels', () => {
  it.each([
    [19880403, 19880403, 1, 'exact'],
    [19880403, 19880304, 2, 'day and month swapped'],
    [19880403, 19880408, 3, 'one digit off'],
    [19880403, 19890403, 3, 'one digit off (year)'],
    [19880403, 19881130, 4, 'same year only'],
    [19880403, 19750912, 5, 'different'],
    [0, 19750912, 0, 'missing'],
  ])('%i vs %i → level %i (%s)', (a, b, level) => {
    expect(dobLevel(a, b)).toBe(level);
  });
});

describe('word overlap', () => {
  it('sees middle names present on one side only', () => {
    expect(wordOverlap('mohammad abdalkarim', 'mohammad')).toBe(1);
    expect(wordOverlap('maria luisa', 'maria grace')).toBe(0.5);
  });
});
