import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { DEMONYMS } from '../../../electron/engine/import/normalise/demonyms';
import { countryKey, normaliseNationality } from '../../../electron/engine/import/normalise/nationality';

const code = (v: string) => {
  const r = normaliseNationality(v);
  return r.ok ? r.value : r.code;
};

describe('normaliseNationality', () => {
  it.each([
    ['Philippines', 'PH'],
    ['PHILIPPINES', 'PH'],
    ['the Philippines', 'PH'],
    ['Filipinas', 'PH'],
    ['Philippinen', 'PH'],
    ['الفلبين', 'PH'],
    ['PHL', 'PH'],
    ['ph', 'PH'],
    ['608', 'PH'],
    ['Filipino', 'PH'],
    ['Filipina', 'PH'],
    ['Philippine', 'PH'],
    ['filipinos', 'PH'],
    ['philippine (f)', 'unrecognised'],
    ['فلبيني', 'PH'],
    ['فلبينية', 'PH'],
    ['Lebanon', 'LB'],
    ['Liban', 'LB'],
    ['Líbano', 'LB'],
    ['Libano', 'LB'],
    ['لبنان', 'LB'],
    ['LBN', 'LB'],
    ['Lebanese', 'LB'],
    ['Libanais', 'LB'],
    ['Libanaise', 'LB'],
    ['libanés', 'LB'],
    ['libanesa', 'LB'],
    ['لبناني', 'LB'],
    ['لبنانية', 'LB'],
    ['Syrian', 'SY'],
    ['Syrienne', 'SY'],
    ['سوري', 'SY'],
    ['سورية', 'SY'],
    ['سوريا', 'SY'],
    ['Ethiopian', 'ET'],
    ['Éthiopienne', 'ET'],
    ['إثيوبية', 'ET'],
    ['Sri Lankan', 'LK'],
    ['Bangladeshi', 'BD'],
    ['Nepali', 'NP'],
    ['Egyptian', 'EG'],
    ['مصري', 'EG'],
    ['Sudanese', 'SD'],
    ['South Sudanese', 'SS'],
    ['Kenyan', 'KE'],
    ['Nigerian', 'NG'],
    ['Nigerien', 'NE'],
    ['Ivorian', 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['French', 'FR'],
    ['Française', 'FR'],
    ['Italiana', 'IT'],
    ['Brasileira', 'BR'],
    ['British', 'GB'],
    ['UK', 'GB'],
    ['GBR', 'GB'],
    ['United Kingdom', 'GB'],
    ['American', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['Deutschland', 'DE'],
    ['D', 'DE'],
    ['Korean', 'KR'],
    ['North Korean', 'KP'],
    ['Dutch', 'NL'],
    ['Emirati', 'AE'],
    ['Saudi', 'SA'],
    ['Palestinian', 'PS'],
    ['فلسطيني', 'PS'],
  ] as const)('%s → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('refuses what fits two countries, and "NA"', () => {
    expect(code('Congo')).toBe('ambiguous');
    expect(code('Congolese')).toBe('ambiguous');
    expect(code('NA')).toBe('ambiguous');
    expect(code('Namibia')).toBe('NA');
  });

  it('refuses unknown values with a reason, and keeps the original', () => {
    expect(normaliseNationality('Atlantis')).toMatchObject({
      ok: false,
      code: 'unrecognised',
      original: 'Atlantis',
    });
    expect(normaliseNationality('XX')).toMatchObject({ ok: false });
    expect(normaliseNationality('')).toEqual({ ok: true, original: '', value: null });
  });

  it('lists only real alpha-2 codes, and no demonym that is another country’s name', () => {
    for (const [alpha2, list] of Object.entries(DEMONYMS)) {
      expect(countries.isValid(alpha2), alpha2).toBe(true);
      for (const word of list.split(',')) {
        const other = countries.getAlpha2Code(word.trim(), 'en');
        if (other) expect(other, word).toBe(alpha2);
        expect(countryKey(word), word).not.toBe('');
      }
    }
  });
});
