// Sex as rosters write it, in any of the languages Muster meets: M/F, H/F (homme/femme), V/M
// (varón/mujer), masculino/femenino, maschio/femmina, ذكر/أنثى, м/ж, m/ž… → 'M' | 'F' | 'X'.
import { accept, cellText, reject, type CellInput, type Normalised } from './result';
import { foldText, isPlaceholder } from './text';

export type Sex = 'M' | 'F' | 'X';

/**
 * Spanish forms often write H (hombre) and M (mujer): there "M" means female. The scheme is a
 * property of the column, found by detectSexScheme, never guessed cell by cell.
 */
export type SexScheme = 'standard' | 'hombre-mujer';

// No prototype: a cell reading "constructor" must not find Object's.
const WORDS: Record<string, Sex | undefined> = Object.create(null);
function words(sex: Sex, list: string): void {
  for (const w of list.split(',')) WORDS[foldText(w.trim())] = sex;
}
words('M', 'm, male, man, boy, masc, masculine, h, homme, masculin, garçon, hombre, varón, masculino, niño');
words(
  'M',
  'maschio, maschile, uomo, masculino, homem, menino, mann, männlich, mannlich, erkek, мужской, муж, м',
);
words('M', 'ذكر, رجل, ذ, chico, mr, muško, musko, muški, mężczyzna, lalaki, lalake');
words('F', 'f, female, woman, girl, fem, feminine, femme, féminin, fille, mujer, femenino, niña, femmina');
words(
  'F',
  'femminile, donna, feminino, mulher, menina, frau, weiblich, w, kadın, женский, жен, ж, أنثى, انثى',
);
words('F', 'امرأة, امراة, أ, mrs, ms, žensko, zensko, ženski, ž, z, k, kobieta, babae, dalaga');
words(
  'X',
  'x, other, diverse, divers, d, non-binary, nonbinary, non binary, autre, otro, otra, altro, outro',
);
words('X', 'indeterminate, unspecified, intersex, غير ذلك, آخر');

// Values that say "not known" rather than something unreadable.
const UNKNOWN = new Set([
  'u',
  'unk',
  'ns',
  'not stated',
  'prefer not to say',
  'nd',
  'non précisé',
  'no indica',
]);

function lookup(key: string, scheme: SexScheme): Sex | undefined {
  if (scheme === 'hombre-mujer' && key === 'm') return 'F';
  if (scheme === 'hombre-mujer' && key === 'v') return 'M';
  return WORDS[key];
}

export function normaliseSex(input: CellInput, scheme: SexScheme = 'standard'): Normalised<Sex> {
  const original = cellText(input);
  if (isPlaceholder(original)) return accept(original, null);
  const key = foldText(original)
    .replace(/[.()[\]]/g, '')
    .trim();
  if (UNKNOWN.has(key)) return accept(original, null);
  const sex = lookup(key, scheme) ?? lookup(key.split(/[\s/]+/)[0] ?? '', scheme);
  if (sex) return accept(original, sex);
  return reject(
    original,
    'unrecognised',
    'Not a recognised way of writing sex (such as M, F, male, femme, ذكر).',
  );
}

/** 'hombre-mujer' when a column holds H and M but never F: then M stands for mujer. */
export function detectSexScheme(values: Iterable<CellInput>): SexScheme {
  let h = 0;
  let m = 0;
  let f = 0;
  for (const v of values) {
    const key = foldText(cellText(v)).replace(/[.]/g, '').trim();
    if (key === 'h' || key === 'v') h++;
    else if (key === 'm') m++;
    else if (key === 'f') f++;
  }
  return h > 0 && m > 0 && f === 0 ? 'hombre-mujer' : 'standard';
}
