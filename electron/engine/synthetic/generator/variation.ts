// The small ways the same value gets written differently: typos, spellings, separators, accents,
// letter case. Each takes the generator's Rng so every variation is reproducible.
import type { Rng } from './random';

// Neighbouring keys on a QWERTY keyboard: most substitution and insertion typos hit one of these.
const KEYBOARD: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qes',
  e: 'wrd',
  r: 'etf',
  t: 'ryg',
  y: 'tuh',
  u: 'yij',
  i: 'uok',
  o: 'ipl',
  p: 'ol',
  a: 'qsz',
  s: 'adwx',
  d: 'sfec',
  f: 'dgrv',
  g: 'fhtb',
  h: 'gjyn',
  j: 'hkum',
  k: 'jli',
  l: 'kop',
  z: 'asx',
  x: 'zsc',
  c: 'xdv',
  v: 'cfb',
  b: 'vgn',
  n: 'bhm',
  m: 'njk',
  '0': '9',
  '1': '2',
  '2': '13',
  '3': '24',
  '4': '35',
  '5': '46',
  '6': '57',
  '7': '68',
  '8': '79',
  '9': '80',
};

function neighbour(rng: Rng, ch: string, context: readonly string[]): string {
  const lower = ch.toLowerCase();
  const keys = KEYBOARD[lower];
  if (keys !== undefined) {
    const next = keys[Math.floor(rng.next() * keys.length)] as string;
    return ch === lower ? next : next.toUpperCase();
  }
  // Outside the Latin keyboard (Arabic, Cyrillic): another letter of the same word keeps the script.
  const others = context.filter((c) => c !== ch && c !== ' ' && c !== '-');
  return others.length > 0 ? rng.pick(others) : ch;
}

export type TypoKind = 'insert' | 'delete' | 'substitute' | 'transpose';
const TYPO_KINDS: readonly TypoKind[] = ['insert', 'delete', 'substitute', 'transpose'];

/** One keyboard slip. The result always differs from the input when the input has two or more characters. */
export function typo(rng: Rng, value: string, kind: TypoKind = rng.pick(TYPO_KINDS)): string {
  const chars = Array.from(value);
  if (chars.length < 2) return value;
  const i = rng.int(0, chars.length - 1);
  const at = chars[i] as string;
  switch (kind) {
    case 'insert':
      chars.splice(i, 0, rng.chance(0.5) ? at : neighbour(rng, at, chars));
      break;
    case 'substitute': {
      const replacement = neighbour(rng, at, chars);
      if (replacement === at) chars.splice(i, 1);
      else chars[i] = replacement;
      break;
    }
    case 'transpose': {
      const j = Math.min(i, chars.length - 2);
      const [a, b] = [chars[j] as string, chars[j + 1] as string];
      if (a === b) chars.splice(j, 1);
      else [chars[j], chars[j + 1]] = [b, a];
      break;
    }
    case 'delete':
      chars.splice(i, 1);
      break;
  }
  return chars.join('');
}

export function maybeTypo(rng: Rng, value: string, p: number): string {
  return value !== '' && rng.chance(p) ? typo(rng, value) : value;
}

/** "Dela Cruz" → "Dela-Cruz", "DelaCruz" or "Delacruz" (never the input itself). */
export function separatorVariant(rng: Rng, value: string): string {
  if (!/[ -]/.test(value)) return value;
  const parts = value.split(/[ -]+/);
  const options = [
    parts.join('-'),
    parts.join(' '),
    parts.join(''),
    parts.map((p, i) => (i === 0 ? p : p.toLowerCase())).join(''),
  ].filter((o) => o !== value);
  return rng.pick(options);
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** "García" → "Garcia". Only for Latin text: decomposing Arabic or Cyrillic would change letters. */
export function stripAccents(value: string): string {
  return NON_ASCII.test(value) ? value.normalize('NFD').replace(/\p{M}/gu, '') : value;
}

export function titleCase(value: string): string {
  return value
    .toLowerCase()
    .replace(/(^|[\s\-'./])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The same address typed with different capitals: "Maria.Santos12@Example.org", upper case, … */
export function emailCaseVariant(rng: Rng, email: string): string {
  const at = email.indexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const r = rng.next();
  if (r < 0.5) return `${titleCase(local)}@${domain}`;
  if (r < 0.8) return email.toUpperCase();
  return `${local}@${titleCase(domain)}`;
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** "03-012345" → "٠٣-٠١٢٣٤٥", as typed on an Arabic keyboard. */
export function arabicIndicDigits(value: string): string {
  return value.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)] as string);
}
