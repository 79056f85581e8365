// Naming traditions of the nationals, with how common each is among the people generated, which
// countries' passports they hold, and how a family's names relate to one another.
import type { CountryCode } from './countries';
import { Weighted } from './random';
import {
  ETHIOPIAN_FATHERS_EXTRA,
  ETHIOPIAN_GIVEN,
  GHANAIAN_GIVEN,
  GHANAIAN_SURNAMES,
  KENYAN_GIVEN,
  KENYAN_SECOND_GIVEN,
  KENYAN_SURNAMES,
  NIGERIAN_GIVEN,
  NIGERIAN_SURNAMES,
} from './names/african';
import { ARABIC_GIVEN, ARABIC_SURNAMES } from './names/arabic';
import { FILIPINO_GIVEN, FILIPINO_SURNAMES } from './names/filipino';
import { LATIN_GIVEN, LATIN_SURNAMES } from './names/latinAmerican';
import type { NameForm, NamePool, Sex } from './names/nameForm';
import { SLAVIC_GIVEN, SLAVIC_SURNAMES } from './names/slavic';
import {
  BANGLADESHI_FEMALE_PREFIX,
  BANGLADESHI_FEMALE_SURNAMES,
  BANGLADESHI_GIVEN,
  BANGLADESHI_MALE_PREFIX,
  BANGLADESHI_SURNAMES,
  NEPALI_GIVEN,
  NEPALI_SURNAMES,
  SRI_LANKAN_GIVEN,
  SRI_LANKAN_SURNAMES,
} from './names/southAsian';

/**
 * How a household's surnames relate:
 * - shared: spouse and children carry the husband's surname (feminine form where the language has one);
 * - wifeKeeps: the wife keeps hers, children take the father's;
 * - patronymic: the wife keeps hers, a child's surname is the father's first given name;
 * - spanish: the wife keeps hers, children carry the father's first surname then the mother's.
 */
export type FamilyNaming = 'shared' | 'wifeKeeps' | 'patronymic' | 'spanish';

export interface Origin {
  readonly id: string;
  readonly weight: number;
  /** Share of women among principals: most domestic workers in Lebanon are women. */
  readonly femaleShare: number;
  readonly nationalities: Weighted<CountryCode>;
  /** The script some of these people write their own names in. */
  readonly script?: 'arabic' | 'cyrillic';
  readonly family: FamilyNaming;
  readonly given: NamePool;
  /** A first given name that forms abbreviate or drop (Bangladeshi "Mohammad" → "Md."). */
  readonly givenPrefix?: Partial<Record<Sex, { form: NameForm; p: number }>>;
  /**
   * A second given name (ethnic name, or the father's name) added with probability p. With
   * `fathersName`, a child's second given name is the father's first.
   */
  readonly secondGiven?: { pool: NamePool; p: number; fathersName?: boolean };
  readonly surnames: readonly NameForm[];
  readonly surnamesBySex?: Partial<Record<Sex, readonly NameForm[]>>;
  /** Probability of two surnames (Spanish naming). */
  readonly doubleSurname?: number;
}

const nat = (...entries: Array<[CountryCode, number]>) => new Weighted(entries);

export const ORIGINS: readonly Origin[] = [
  {
    id: 'ethiopian',
    weight: 22,
    femaleShare: 0.85,
    nationalities: nat(['ET', 1]),
    family: 'patronymic',
    given: ETHIOPIAN_GIVEN,
    surnames: [...ETHIOPIAN_GIVEN.M, ...ETHIOPIAN_FATHERS_EXTRA],
  },
  {
    id: 'filipino',
    weight: 16,
    femaleShare: 0.7,
    nationalities: nat(['PH', 1]),
    family: 'shared',
    given: FILIPINO_GIVEN,
    surnames: FILIPINO_SURNAMES,
  },
  {
    id: 'bangladeshi',
    weight: 12,
    femaleShare: 0.45,
    nationalities: nat(['BD', 1]),
    family: 'wifeKeeps',
    given: BANGLADESHI_GIVEN,
    givenPrefix: {
      M: { form: BANGLADESHI_MALE_PREFIX, p: 0.6 },
      F: { form: BANGLADESHI_FEMALE_PREFIX, p: 0.3 },
    },
    surnames: BANGLADESHI_SURNAMES,
    surnamesBySex: { F: BANGLADESHI_FEMALE_SURNAMES },
  },
  {
    id: 'arabic',
    weight: 12,
    femaleShare: 0.35,
    nationalities: nat(['SD', 60], ['EG', 40]),
    script: 'arabic',
    family: 'wifeKeeps',
    given: ARABIC_GIVEN,
    // Sudanese and Egyptian names chain the father's name after the person's own.
    secondGiven: { pool: { F: ARABIC_GIVEN.M, M: ARABIC_GIVEN.M }, p: 0.4, fathersName: true },
    surnames: ARABIC_SURNAMES,
  },
  {
    id: 'sriLankan',
    weight: 8,
    femaleShare: 0.75,
    nationalities: nat(['LK', 1]),
    family: 'shared',
    given: SRI_LANKAN_GIVEN,
    surnames: SRI_LANKAN_SURNAMES,
  },
  {
    id: 'kenyan',
    weight: 7,
    femaleShare: 0.8,
    nationalities: nat(['KE', 1]),
    family: 'shared',
    given: KENYAN_GIVEN,
    secondGiven: { pool: KENYAN_SECOND_GIVEN, p: 0.5 },
    surnames: KENYAN_SURNAMES,
  },
  {
    id: 'slavic',
    weight: 7,
    femaleShare: 0.6,
    nationalities: nat(['UA', 1]),
    script: 'cyrillic',
    family: 'shared',
    given: SLAVIC_GIVEN,
    surnames: SLAVIC_SURNAMES,
  },
  {
    id: 'latinAmerican',
    weight: 6,
    femaleShare: 0.55,
    nationalities: nat(['CO', 60], ['VE', 40]),
    family: 'spanish',
    given: LATIN_GIVEN,
    surnames: LATIN_SURNAMES,
    doubleSurname: 0.7,
  },
  {
    id: 'nepali',
    weight: 4,
    femaleShare: 0.6,
    nationalities: nat(['NP', 1]),
    family: 'shared',
    given: NEPALI_GIVEN,
    surnames: NEPALI_SURNAMES,
  },
  {
    id: 'ghanaian',
    weight: 3,
    femaleShare: 0.75,
    nationalities: nat(['GH', 1]),
    family: 'shared',
    given: GHANAIAN_GIVEN,
    surnames: GHANAIAN_SURNAMES,
  },
  {
    id: 'nigerian',
    weight: 3,
    femaleShare: 0.6,
    nationalities: nat(['NG', 1]),
    family: 'shared',
    given: NIGERIAN_GIVEN,
    surnames: NIGERIAN_SURNAMES,
  },
];

export const ORIGIN_CHOICE = new Weighted(ORIGINS.map((o) => [o, o.weight] as const));
