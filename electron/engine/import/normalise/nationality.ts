// Nationality (or country) as written → ISO 3166-1 alpha-2: "Philippines", "PHL", "ph",
// "Filipino", "Filipina", "Philippine", "Filipinas", "الفلبين", "فلبينية" all give "PH".
import countries from 'i18n-iso-countries';
import { accept, cellText, reject, type CellInput, type Normalised } from './result';
import { AMBIGUOUS_DEMONYMS, DEMONYMS, EXTRA_CODES } from './demonyms';
import { BoundedCache, foldText, isPlaceholder, onClearCaches } from './text';

// Country names in these languages are trusted equally; a name two of them give to different
// countries ("Congo") is refused as ambiguous. Other languages only fill gaps.
const PRIMARY_LANGS = ['en', 'fr', 'es', 'it', 'pt', 'ar', 'de'];
const OTHER_LANGS = [
  'nl',
  'ru',
  'uk',
  'tr',
  'id',
  'ms',
  'sw',
  'am',
  'fa',
  'ur',
  'hi',
  'bn',
  'zh',
  'ja',
  'ko',
  'vi',
  'th',
];

const ARABIC_ARTICLE = /^\u0627\u0644(?=\S{2,})/;

/** Lower case, no accents or punctuation, "&" as "and", Arabic articles and a leading "the" dropped. */
export function countryKey(text: string): string {
  const words = foldText(text.replace(/&/g, ' and '))
    .replace(/[.'’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(ARABIC_ARTICLE, ''));
  if (words[0] === 'the') words.shift();
  return words.join(' ');
}

let index: Map<string, string | null> | undefined;

function buildIndex(): Map<string, string | null> {
  const map = new Map<string, string | null>();
  const put = (name: string, code: string, primary: boolean) => {
    const k = countryKey(name);
    if (!k) return;
    if (!map.has(k)) map.set(k, code);
    else if (primary && map.get(k) !== code) map.set(k, null);
  };
  const available = new Set(countries.langs());
  for (const [langs, primary] of [
    [PRIMARY_LANGS, true],
    [OTHER_LANGS, false],
  ] as const) {
    for (const lang of langs) {
      if (!available.has(lang)) continue;
      for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
        for (const name of names) put(name, code, primary);
      }
    }
  }
  for (const [code, list] of Object.entries(DEMONYMS)) {
    for (const name of list.split(',')) {
      const k = countryKey(name);
      if (k && !map.has(k)) map.set(k, code);
    }
  }
  for (const name of AMBIGUOUS_DEMONYMS) map.set(countryKey(name), null);
  return map;
}

/** Feminine and plural forms back to the listed form: "libanaise" → "libanais", "filipinas" → "filipino". */
function latinVariants(k: string): string[] {
  const out: string[] = [];
  const swap = (from: string, to: string) => {
    if (k.endsWith(from)) out.push(k.slice(0, k.length - from.length) + to);
  };
  swap('ienne', 'ien');
  swap('iennes', 'ien');
  swap('aises', 'ais');
  swap('aise', 'ais');
  swap('oises', 'ois');
  swap('oise', 'ois');
  swap('ines', 'in');
  swap('ine', 'in');
  swap('esas', 'es');
  swap('esa', 'es');
  swap('esi', 'ese');
  swap('as', 'o');
  swap('os', 'o');
  swap('a', 'o');
  swap('i', 'o');
  swap('e', '');
  swap('es', '');
  swap('s', '');
  return out;
}

/** Arabic nisba adjectives back to the country: "لبناني"/"لبنانية" → لبنان, "سوري" → سوريا. */
function arabicVariants(k: string): string[] {
  let base = k.replace(/\u0647$/, ''); // feminine ة, folded to ه
  if (!base.endsWith('\u064a')) return [];
  base = base.slice(0, -1);
  return [base, base + '\u0627', base + '\u064a\u0627'];
}

const CODE = /^[A-Za-z]{1,3}$/;

type Outcome = { value: string } | { code: 'ambiguous' | 'unrecognised'; reason: string };

// A nationality column holds a few dozen distinct values over any number of rows.
const cache = new BoundedCache<Outcome>(5_000);
onClearCaches(() => cache.clear());

export function normaliseNationality(input: CellInput): Normalised<string> {
  const original = cellText(input);
  if (isPlaceholder(original)) return accept(original, null);
  let outcome = cache.get(original);
  if (!outcome) {
    outcome = lookup(original.trim());
    cache.set(original, outcome);
  }
  return 'value' in outcome
    ? accept(original, outcome.value)
    : reject(original, outcome.code, outcome.reason);
}

function lookup(trimmed: string): Outcome {
  if (/^na$/i.test(trimmed)) {
    return { code: 'ambiguous', reason: '"NA" may mean Namibia or "not available": write the country out.' };
  }
  if (CODE.test(trimmed)) {
    const code = trimmed.toUpperCase();
    const viaExtra = EXTRA_CODES[code];
    if (viaExtra) return { value: viaExtra };
    if (code.length === 2 && countries.isValid(code)) return { value: code };
    if (code.length === 3) {
      const alpha2 = countries.alpha3ToAlpha2(code);
      if (alpha2) return { value: alpha2 };
    }
  }
  if (/^\d{3}$/.test(trimmed)) {
    const alpha2 = countries.numericToAlpha2(trimmed);
    if (alpha2) return { value: alpha2 };
  }

  index ??= buildIndex();
  const key = countryKey(trimmed);
  const candidates = [key, ...(/[\u0600-\u06FF]/.test(key) ? arabicVariants(key) : latinVariants(key))];
  for (const k of candidates) {
    if (!index.has(k)) continue;
    const code = index.get(k);
    if (code === null)
      return { code: 'ambiguous', reason: 'This name fits more than one country: use the ISO code.' };
    if (code) return { value: code };
  }
  return { code: 'unrecognised', reason: 'Not a country or nationality Muster knows: use the ISO code.' };
}
