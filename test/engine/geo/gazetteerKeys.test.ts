import { describe, expect, it } from 'vitest';
import { placeKey, placeSkeleton } from '../../../electron/engine/geo/gazetteerKeys';

describe('placeKey', () => {
  it.each([
    ['Zahlé', 'Zahle'],
    ['ZAHLE', 'zahle'],
    ['El-Mina', 'Al Mina'],
    ['Al Mina', 'Mina'],
    ['An Nabaţīyah', 'Nabatiyah'],
    ['St. Petersburg', 'Saint Petersburg'],
    ['Saint-Petersburg', 'Saint Petersburg'],
    ['Bint Jbeil', 'Bintjbeil'],
    ["Ra's Bayrut", 'Ras Bayrut'],
    ['Kraków', 'Krakow'],
  ])('%s and %s share a key', (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b));
    expect(placeKey(a)).toMatch(/^[a-z0-9]+$/);
  });

  it('keeps apart names that differ in more than spelling', () => {
    expect(placeKey('Tripoli')).not.toBe(placeKey('Tyre'));
    expect(placeKey('Saint Martin')).not.toBe(placeKey('Martin'));
  });

  it('keeps a lone article, which is then the whole name', () => {
    expect(placeKey('El')).toBe('el');
  });

  it('reads other scripts through transliteration', () => {
    expect(placeKey('Киев')).toBe('kiev');
    expect(placeKey('الميناء')).toBe(placeKey('الميناء'.slice(2))); // the Arabic article goes
    expect(placeKey('زحلة')).toMatch(/^zhl/);
  });

  it('returns an empty key for text without letters or digits', () => {
    expect(placeKey('')).toBe('');
    expect(placeKey(' - / ')).toBe('');
  });
});

describe('placeSkeleton', () => {
  it('meets spellings that differ in vowels and endings', () => {
    expect(placeSkeleton(placeKey('Zahleh'))).toBe(placeSkeleton(placeKey('Zahle')));
    expect(placeSkeleton(placeKey('Jouniyeh'))).toBe(placeSkeleton(placeKey('Jounieh')));
    expect(placeSkeleton(placeKey('Kiev'))).toBe(placeSkeleton(placeKey('Kyiv')));
  });

  it('keeps consonants apart', () => {
    expect(placeSkeleton(placeKey('Sidon'))).not.toBe(placeSkeleton(placeKey('Saida')));
  });
});
