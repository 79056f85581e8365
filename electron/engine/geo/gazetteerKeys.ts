// Keys under which places are indexed. The bundled gazetteer stores keys computed by placeKey, so
// any change to placeKey must bump PLACE_KEY_VERSION and rebuild it (`npm run gazetteer`): the
// loader refuses a bundle built with other keys rather than silently missing places.
import anyAscii from 'any-ascii';
import { nameSkeletonKey } from '../import/normalise/names';
import { foldText, isAscii } from '../import/normalise/text';

export const PLACE_KEY_VERSION = 1;

// Arabic articles as romanised, sun-letter forms included ("Ash Shuf", "An Nabatiyah", "Sir ed
// Danniye"): people drop them or spell them differently, so keys leave them out.
const ARTICLES = new Set([
  'al',
  'el',
  'ul',
  'il',
  'ad',
  'adh',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'ath',
  'az',
  'ed',
  'en',
  'er',
  'es',
  'esh',
  'et',
  'ez',
]);
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

const HAMZA = /[\u0621\u0624\u0626]/g;
const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_ARTICLE = /(^|\s)\u0627\u0644(?=\S{2,})/g; // ال before a word of two letters or more
const APOSTROPHES = /['’‘`ʿʾʻʼ]/g;

/**
 * One key for all the ways a place name is written: any script to ASCII, lower case, no accents,
 * apostrophes, spaces or hyphens, Arabic articles dropped, "St"/"Mt" spelt out.
 * "Zahlé" and "Zahle" → "zahle"; "El-Mina", "Al Mina" and "Mina" → "mina"; "Київ" → "kyyiv".
 */
export function placeKey(text: string): string {
  let folded = foldText(text);
  if (!isAscii(folded)) {
    if (ARABIC.test(folded)) folded = folded.replace(HAMZA, '').replace(ARABIC_ARTICLE, '$1');
    folded = anyAscii(folded).toLowerCase();
  }
  const words = folded
    .replace(APOSTROPHES, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let out = '';
  for (const word of words) {
    if (words.length > 1 && ARTICLES.has(word)) continue;
    out += ABBREVIATIONS[word] ?? word;
  }
  return out;
}

/**
 * Consonant skeleton of a place key, to meet spellings that differ in vowels and endings:
 * "Zahleh"/"Zahle", "Jounieh"/"Junie", "Kiev"/"Kyiv". Coarse: it proposes, it does not confirm.
 */
export function placeSkeleton(key: string): string {
  return key ? nameSkeletonKey(key) : '';
}
