// The nationals' countries, with the words each file uses for them and a passport number shape.
// Passport shapes only resemble the real ones: '#' is a digit, '@' a letter, anything else is kept.

export type CountryCode =
  'ET' | 'BD' | 'PH' | 'LK' | 'NP' | 'KE' | 'GH' | 'NG' | 'SD' | 'EG' | 'UA' | 'CO' | 'VE';

export interface Country {
  readonly code: CountryCode;
  /** English short name, as the ministry's form lists it. */
  readonly name: string;
  /** English demonym, as an English-speaking recruiter writes it. */
  readonly demonym: string;
  /** French feminine adjective, as Lebanese agencies write it ("Éthiopienne"). */
  readonly french: string;
  /** Arabic feminine adjective, as Lebanese agencies write it. */
  readonly arabic: string;
  readonly passportPattern: string;
}

export const COUNTRIES: Readonly<Record<CountryCode, Country>> = {
  ET: {
    code: 'ET',
    name: 'Ethiopia',
    demonym: 'Ethiopian',
    french: 'Éthiopienne',
    arabic: 'إثيوبية',
    passportPattern: 'EP#######',
  },
  BD: {
    code: 'BD',
    name: 'Bangladesh',
    demonym: 'Bangladeshi',
    french: 'Bangladaise',
    arabic: 'بنغلادشية',
    passportPattern: 'A########',
  },
  PH: {
    code: 'PH',
    name: 'Philippines',
    demonym: 'Filipino',
    french: 'Philippine',
    arabic: 'فلبينية',
    passportPattern: 'P#######@',
  },
  LK: {
    code: 'LK',
    name: 'Sri Lanka',
    demonym: 'Sri Lankan',
    french: 'Sri-lankaise',
    arabic: 'سريلانكية',
    passportPattern: 'N#######',
  },
  NP: {
    code: 'NP',
    name: 'Nepal',
    demonym: 'Nepali',
    french: 'Népalaise',
    arabic: 'نيبالية',
    passportPattern: 'PA#######',
  },
  KE: {
    code: 'KE',
    name: 'Kenya',
    demonym: 'Kenyan',
    french: 'Kényane',
    arabic: 'كينية',
    passportPattern: 'AK#######',
  },
  GH: {
    code: 'GH',
    name: 'Ghana',
    demonym: 'Ghanaian',
    french: 'Ghanéenne',
    arabic: 'غانية',
    passportPattern: 'G#######',
  },
  NG: {
    code: 'NG',
    name: 'Nigeria',
    demonym: 'Nigerian',
    french: 'Nigériane',
    arabic: 'نيجيرية',
    passportPattern: 'B########',
  },
  SD: {
    code: 'SD',
    name: 'Sudan',
    demonym: 'Sudanese',
    french: 'Soudanaise',
    arabic: 'سودانية',
    passportPattern: 'P########',
  },
  EG: {
    code: 'EG',
    name: 'Egypt',
    demonym: 'Egyptian',
    french: 'Égyptienne',
    arabic: 'مصرية',
    passportPattern: 'A#######@',
  },
  UA: {
    code: 'UA',
    name: 'Ukraine',
    demonym: 'Ukrainian',
    french: 'Ukrainienne',
    arabic: 'أوكرانية',
    passportPattern: 'F@######',
  },
  CO: {
    code: 'CO',
    name: 'Colombia',
    demonym: 'Colombian',
    french: 'Colombienne',
    arabic: 'كولومبية',
    passportPattern: 'AT#######',
  },
  VE: {
    code: 'VE',
    name: 'Venezuela',
    demonym: 'Venezuelan',
    french: 'Vénézuélienne',
    arabic: 'فنزويلية',
    passportPattern: '#########',
  },
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** How many distinct numbers a pattern can hold. */
export function patternSpace(pattern: string): number {
  let space = 1;
  for (const ch of pattern) space *= ch === '#' ? 10 : ch === '@' ? 26 : 1;
  return space;
}

/** Writes `value` (0 ≤ value < patternSpace) into the pattern, right to left, in mixed radix. */
export function fillPattern(pattern: string, value: number): string {
  const out: string[] = [];
  let rest = value;
  for (let i = pattern.length - 1; i >= 0; i--) {
    const ch = pattern[i] as string;
    if (ch === '#') {
      out.push(String(rest % 10));
      rest = Math.floor(rest / 10);
    } else if (ch === '@') {
      out.push(LETTERS[rest % 26] as string);
      rest = Math.floor(rest / 26);
    } else {
      out.push(ch);
    }
  }
  return out.reverse().join('');
}
