// Names: a display form, a split of full names into given names and surname, and two keys for
// finding the same person across files, alphabets and spellings ("محمد", "Mohammed", "Muhammad").
import anyAscii from 'any-ascii';
import { accept, cellText, reject, type CellInput, type Normalised } from './result';
import { BoundedCache, foldText, isAscii, isPlaceholder, onClearCaches, squeezeSpaces } from './text';

export interface SplitName {
  given: string;
  surname: string;
}

const MAX_NAME_LENGTH = 300;
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/** NFC, single spaces, no invisible characters: how Muster shows a name. Case is left as written. */
export function displayName(text: string): string {
  if (isAscii(text)) return squeezeSpaces(text);
  return squeezeSpaces(text.normalize('NFC').replace(INVISIBLE, ''));
}

export function normaliseName(input: CellInput): Normalised<string> {
  const original = cellText(input);
  if (isPlaceholder(original)) return accept(original, null);
  const value = displayName(original);
  if (value.length > MAX_NAME_LENGTH) return reject(original, 'too_long', 'A name this long is not a name.');
  if (!/\p{L}/u.test(value)) return reject(original, 'unrecognised', 'A name needs at least one letter.');
  return accept(original, value);
}

// Words that begin a surname ("Juan dela Cruz", "Ana dos Santos", "Ahmed bin Salem").
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'bint',
  'ben',
  'ibn',
  'de',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'dela',
  'di',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'la',
  'le',
  'st',
  'san',
  'santa',
  '\u0628\u0646',
  '\u0628\u0646\u062a',
  '\u0622\u0644', // بن، بنت، آل
]);
// "Al"/"El" and "آل" name a family, so they are preferred over a "bin" that merely names the father.
const FAMILY_ARTICLES = new Set(['al', 'el', '\u0622\u0644']);
// "Abd", "Abu" are never a name on their own: they bind to the next word ("Abdel Rahman", "Abu Bakr").
const BINDING_PREFIXES = new Set([
  'abd',
  'abdel',
  'abdul',
  'abdal',
  'abdol',
  'abu',
  'abou',
  '\u0639\u0628\u062f',
  '\u0627\u0628\u0648', // عبد، ابو
]);
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'mme',
  'mlle',
  'sr',
  'sra',
  'srta',
  'sig',
  'sigra',
  'herr',
  'frau',
  '\u0627\u0644\u0633\u064a\u062f',
  '\u0627\u0644\u0633\u064a\u062f\u0647', // السيد، السيدة
]);

const PUNCTUATION = /[.\-'’]/;
const PUNCTUATION_ALL = /[.\-'’]/g;

function key(word: string): string {
  const folded = foldText(word);
  return PUNCTUATION.test(folded) ? folded.replace(PUNCTUATION_ALL, '') : folded;
}

function isAllCaps(word: string): boolean {
  if (isAscii(word)) {
    let letters = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 97 && c <= 122) return false; // a-z
      if (c >= 65 && c <= 90) letters++; // A-Z
    }
    return letters >= 2;
  }
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Words of a name, with "Abd"/"Abu" bound to the word after them and leading titles dropped. */
function nameWords(text: string): string[] {
  const raw = text.split(' ').filter((w) => w.length > 0);
  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] as string;
    const next = raw[i + 1];
    if (next !== undefined && BINDING_PREFIXES.has(key(w))) {
      words.push(`${w} ${next}`);
      i++;
    } else {
      words.push(w);
    }
  }
  while (words.length > 1 && TITLES.has(key(words[0] as string))) words.shift();
  return words;
}

/**
 * Splits a full name. Understands "SURNAME, Given", a surname written in capitals at either end
 * ("EL-HASSAN Mohamed", "Maria DE LA CRUZ") and particles ("Juan dela Cruz"). Otherwise the last
 * word is the surname. A single word goes to the surname, as passports do with one-word names.
 */
export function splitFullName(fullName: string): SplitName {
  const text = displayName(fullName);
  if (!text) return { given: '', surname: '' };

  const comma = text.indexOf(',');
  if (comma >= 0) {
    return {
      surname: text.slice(0, comma).trim(),
      given: squeezeSpaces(text.slice(comma + 1).replace(/,/g, ' ')),
    };
  }

  const words = nameWords(text);
  if (words.length === 1) return { given: '', surname: words[0] as string };

  const caps = words.map(isAllCaps);
  if (caps.includes(true) && caps.includes(false)) {
    const leading = caps.indexOf(false);
    if (!caps.includes(true, leading)) return splitAt(words, leading, true);
    const trailing = caps.lastIndexOf(false) + 1;
    if (!caps.slice(0, trailing).includes(true)) return splitAt(words, trailing, false);
  }

  // The surname starts at a particle that is neither first nor last; an "Al"/"El" wins over a "bin".
  const keys = words.map(key);
  let start = -1;
  for (let i = 1; i < words.length - 1 && start < 0; i++) {
    if (PARTICLES.has(keys[i] as string) && FAMILY_ARTICLES.has(keys[i] as string)) start = i;
  }
  for (let i = 1; i < words.length - 1 && start < 0; i++) if (PARTICLES.has(keys[i] as string)) start = i;
  return splitAt(words, start < 0 ? words.length - 1 : start, false);
}

/** Words before `at` and from `at` on: the surname is the first part when `surnameFirst`. */
function splitAt(words: readonly string[], at: number, surnameFirst: boolean): SplitName {
  const head = words.slice(0, at).join(' ');
  const tail = words.slice(at).join(' ');
  return surnameFirst ? { surname: head, given: tail } : { given: head, surname: tail };
}

const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_ARTICLE = /^\u0627\u0644(?=\S{2,})/; // ال before a word of two letters or more

/** Arabic script: "عبد الله" → "عبدالله" (one name), "الحسن" → "al حسن", "آل" → "al". */
function prepareArabic(text: string): string {
  if (isAscii(text) || !ARABIC.test(text)) return text;
  // Hamza on a carrier (ئ ؤ) or alone (ء) is a glottal stop that Latin spellings leave out.
  const words = foldText(text.replace(/[\u0621\u0624\u0626]/g, '')).split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (next !== undefined && BINDING_PREFIXES.has(w)) {
      out.push(w + next);
      i++;
    } else if (w === '\u0627\u0644' || w === '\u0622\u0644' || w === '\u0627\u0644\u0627') {
      out.push('al');
    } else if (ARABIC_ARTICLE.test(w)) {
      out.push('al', w.replace(ARABIC_ARTICLE, ''));
    } else {
      out.push(w);
    }
  }
  return out.join(' ');
}

const ARTICLES = new Set(['al', 'el', 'ul', 'il']);
const SON_OF = new Set(['bin', 'ben', 'ibn']);
const ABD = /^(?:abd(?:el|ul|al|ol|il)?|abdu)$/;
const ABD_JOINED = /^abd(?:el|ul|al|ol|il)(?=[a-z]{3})/;
const ABU = new Set(['abu', 'abou', 'abo']);

/**
 * Key for exact comparison across spellings in Latin script and across alphabets that
 * transliterate well: ASCII (any-ascii), lower case, no punctuation, hyphens or apostrophes;
 * "El-", "al " and "Al" articles all become "al"; "Abdel Rahman", "Abd al-Rahman" and
 * "Abdulrahman" all become "abdalrahman". "Nguyễn" → "nguyen", "Алексей" → "aleksey".
 */
export function nameMatchKey(name: string): string {
  // Titles go before transliteration: "عمر" becomes "mr", which must stay a name.
  const display = displayName(name).split(' ');
  while (display.length > 1 && TITLES.has(key(display[0] as string))) display.shift();
  const joined = display.join(' ');
  const ascii = (isAscii(joined) ? joined : anyAscii(prepareArabic(joined)))
    .toLowerCase()
    .replace(/['’`ʿʾ]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (ARTICLES.has(w)) {
      out.push('al');
      continue;
    }
    if (SON_OF.has(w)) {
      out.push('bin');
      continue;
    }
    const maybeCompound = w.charCodeAt(0) === 97 && w.charCodeAt(1) === 98; // "ab…"
    if (maybeCompound && (ABD.test(w) || ABU.has(w)) && i + 1 < words.length) {
      let next = words[++i] as string;
      if (ARTICLES.has(next) && i + 1 < words.length) next = words[++i] as string;
      out.push((ABU.has(w) ? 'abu' : 'abdal') + next.replace(/^(?:al|el|ul)(?=[a-z]{3})/, ''));
      continue;
    }
    out.push(maybeCompound ? w.replace(ABD_JOINED, 'abdal') : w);
  }
  return out.join(' ');
}

/**
 * Consonant skeleton of each word, to bring together spellings that differ in their vowels and
 * Arabic written without them: "Mohammed", "Muhammad", "Mohamed" and "محمد" all give "mhmd";
 * "Hussein" and "حسين" give "hsn". Vowels, and y/w except at the start of a word, are dropped,
 * doubled letters merged, a final h dropped (taa marbuta: "Fatimah", "فاطمة" → "ftm"), French "ch"
 * read as "sh".
 * Coarse on purpose: it finds candidates, it does not decide that two people are the same.
 */
export function nameSkeletonKey(name: string): string {
  return skeletonOfMatchKey(nameMatchKey(name));
}

/** Both keys at once, transliterating the name once. */
export function nameKeys(name: string): { match: string; skeleton: string } {
  const match = nameMatchKey(name);
  return { match, skeleton: skeletonOfMatchKey(match) };
}

function skeletonOfMatchKey(matchKey: string): string {
  const words = matchKey.split(' ');
  const out: string[] = [];
  for (const word of words) {
    if (word === 'al' || word === 'bin') continue;
    const s = wordSkeleton(word);
    if (s) out.push(s);
  }
  return out.join(' ');
}

// The same given names and surnames come back row after row.
const skeletons = new BoundedCache<string>(50_000);
onClearCaches(() => skeletons.clear());

function wordSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    skeleton = computeSkeleton(word);
    skeletons.set(word, skeleton);
  }
  return skeleton;
}

function computeSkeleton(word: string): string {
  // "ch" is how French spells ش ("Aicha", "Hichem"); elsewhere c sounds k.
  const w = word
    .replace(/ch/g, 'sh')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[qc]/g, 'k')
    .replace(/x/g, 'ks');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    if ('aeiou'.includes(ch)) continue;
    if ((ch === 'y' || ch === 'w') && i > 0) continue;
    if (out.endsWith(ch)) continue;
    out += ch;
  }
  return out.length > 1 && out.endsWith('h') && !/[kstgdz]h$/.test(out) ? out.slice(0, -1) : out;
}
