// Small text helpers the normalisers share: digits from other scripts, accent folding and the
// placeholders people type when they have nothing to write.

const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\uFF10-\uFF19]/;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

/** Arabic-Indic, Persian, Devanagari, Bengali and full-width digits become 0-9. */
export function toAsciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    out += zero === undefined ? ch : String.fromCharCode(48 + code - zero);
  }
  return out;
}

const MARKS = /\p{M}/gu;
const ARABIC_TATWEEL = /\u0640/g;

/**
 * Lower-case, accents removed, Arabic letter variants unified (alef forms lose their hamza through
 * NFD; taa marbuta and alef maqsura fold to their common look-alikes). For comparing words that
 * people spell loosely, never for display.
 */
export function foldText(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  const decomposed = text.normalize('NFKD').replace(MARKS, '').replace(ARABIC_TATWEEL, '');
  return decomposed
    .toLowerCase()
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a');
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included, is the point
const ASCII = /^[\x00-\x7f]*$/;

/** Most roster cells are plain ASCII, and every step below has a cheaper path for them. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

const UNUSUAL_SPACE = /\s\s|[^\S ]/;

/** Collapses runs of white space (including non-breaking spaces) and trims. */
export function squeezeSpaces(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const clearers: Array<() => void> = [];

/** Registers how a module forgets what it cached. */
export function onClearCaches(clear: () => void): void {
  clearers.push(clear);
}

/**
 * Forgets every cached cell value (name words, dates of birth, phone numbers). The engine calls
 * this when the vault locks: personal data must not outlive the unlocked session in memory.
 */
export function clearNormaliserCaches(): void {
  for (const clear of clearers) clear();
}

/**
 * A Map that forgets everything when full. Roster columns such as nationality, sex or dates of
 * birth repeat a few thousand values over a million rows; this keeps their normalising cheap
 * without letting memory grow with the file.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit = 20_000) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }
  clear(): void {
    this.map.clear();
  }
}

const PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  '---',
  '.',
  '?',
  '??',
  '/',
  'n/a',
  'n.a.',
  'n/d',
  'nil',
  'null',
  'none',
  'unknown',
  'not known',
  'not available',
  'inconnu',
  'desconocido',
  'sconosciuto',
  'desconhecido',
  'غير معروف',
  'لا يوجد',
]);

// Most cells are not placeholders; their first character says so without lower-casing anything.
const PLACEHOLDER_STARTS = new Set(
  [...PLACEHOLDERS].flatMap((p) => (p ? [p[0] as string, (p[0] as string).toUpperCase()] : [])),
);

/** True for an empty cell or one that only says "nothing here". "NA" is left out: it is Namibia. */
export function isPlaceholder(text: string): boolean {
  if (text.length > 40) return false;
  const t = text.trim();
  if (t.length === 0) return true;
  return PLACEHOLDER_STARTS.has(t[0] as string) && PLACEHOLDERS.has(t.toLowerCase());
}
