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
  const decomposed = text.normalize('NFKD').replace(MARKS, '').replace(ARABIC_TATWEEL, '');
  return decomposed
    .toLowerCase()
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a');
}

/** Collapses runs of white space (including non-breaking spaces) and trims. */
export function squeezeSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
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

/** True for an empty cell or one that only says "nothing here". "NA" is left out: it is Namibia. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  if (t.length > 20) return false;
  return PLACEHOLDERS.has(t.toLowerCase());
}
