// A rough estimate of how hard a passphrase is to guess, for the meter on the create form.
// It counts bits the way a guesser would spend guesses: common words, repeats, runs like
// "abc" or "qwerty", years and earlier parts cost little; letters inside word-like runs cost
// about what natural language gives; only the rest costs the full size of the alphabet used.
// It guides the officer; the hard floor is PASSPHRASE_MIN_LENGTH, enforced by the engine.
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/limits';

export const STRENGTH_LEVELS = ['weak', 'fair', 'good', 'strong'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];

export type StrengthHint = 'too-short' | 'common' | 'repeat' | 'sequence' | 'year' | 'more-words';

export interface StrengthEstimate {
  level: StrengthLevel;
  /** Index of `level` in STRENGTH_LEVELS (0 = weak). */
  score: number;
  /** Estimated guessing entropy. */
  bits: number;
  /** The most useful advice, or null when there is nothing to add. */
  hint: StrengthHint | null;
}

/** Lower bounds, in bits, of fair, good and strong. */
const THRESHOLDS = { fair: 40, good: 60, strong: 80 } as const;

/** Bits per letter of ordinary words: a generous figure for natural language. */
const WORD_LETTER_BITS = 2.5;
const MIN_PATTERN_LENGTH = 3;
/** Shorter earlier parts are everyday bigrams like "er ", not repetition. */
const MIN_EARLIER_PART = 4;
/**
 * Only the start is analysed, so the estimate stays instant while typing: by this length any
 * passphrase that is not one long repetition has long passed the "strong" threshold.
 */
const ANALYSED_LENGTH = 160;
const MIN_WORD_RUN = 4;
const MIN_WORD_RUN_SHORT = 2;
const MIN_KEYBOARD_RUN = 4;

// Words a guesser tries first: the usual password list, plus what anyone attacking a consular
// vault would guess from its context.
const COMMON_WORDS = [
  'password', 'passwort', 'passphrase', 'motdepasse', 'contrasena', 'senha', 'parola', 'wachtwoord',
  'qwerty', 'azerty', 'letmein', 'welcome', 'admin', 'administrator', 'login', 'master', 'secret',
  'dragon', 'monkey', 'football', 'baseball', 'soccer', 'iloveyou', 'love', 'sunshine', 'princess',
  'shadow', 'superman', 'batman', 'trustno1', 'hello', 'freedom', 'whatever', 'summer', 'winter',
  'spring', 'autumn', 'changeme', 'default', 'guest', 'user', 'root', 'test', 'access', 'starwars',
  'pokemon', 'charlie', 'michael', 'jordan', 'computer', 'internet', 'secure', 'security', 'private',
  'muster', 'embassy', 'consulate', 'consular', 'crisis', 'evacuation', 'evacuate', 'vault', 'ministry',
  'foreign', 'affairs', 'office', 'emergency', 'disaster', 'earthquake', 'flood', 'safety', 'rescue',
  'team', 'staff', 'duty', 'mission', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'abc123', '123456', '111111', '000000', '654321',
  '123123', '121212', '112233', '666666', '696969', '987654',
]; // prettier-ignore

const COMMON_BY_LENGTH = [...new Set(COMMON_WORDS)].sort((a, b) => b.length - a.length);
const COMMON_WORD_BITS = Math.log2(COMMON_BY_LENGTH.length);

const KEYBOARD_ROWS = [
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'azertyuiop',
  'qsdfghjklm',
  'wxcvbn',
  'qwertzuiop',
  'yxcvbnm',
  '1234567890',
  '!@#$%^&*()',
  '1qaz2wsx3edc',
  'zaq1xsw2cde3',
];
/** Each row both ways: "poiuy" is as easy to type as "yuiop". */
const KEYBOARD_LINES = KEYBOARD_ROWS.flatMap((row) => [row, [...row].reverse().join('')]);
/** Rows times starting points times two directions, roughly. */
const KEYBOARD_START_BITS = Math.log2(KEYBOARD_LINES.length * 10);

const YEAR = /^(?:19|20)\d\d/;
/** Years a guesser would try first: a century and a half. */
const YEAR_BITS = Math.log2(150);

const VOWELS = new Set('aeiouy');
const SEPARATORS = new Set([' ', '-', '_', '.', ',', '+', '/']);
const SEPARATOR_BITS = 1;

interface Token {
  length: number;
  bits: number;
  kind: StrengthHint | 'plain';
}

function alphabetSize(chars: string[]): number {
  let lower = false;
  let upper = false;
  let digit = false;
  let symbol = false;
  let space = false;
  let otherLetter = false;
  let other = false;
  for (const c of chars) {
    if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= '0' && c <= '9') digit = true;
    else if (c === ' ') space = true;
    else if (c.charCodeAt(0) < 0x80) symbol = true;
    else if (/\p{L}/u.test(c)) otherLetter = true;
    else other = true;
  }
  return (
    (lower ? 26 : 0) +
    (upper ? 26 : 0) +
    (digit ? 10 : 0) +
    (symbol ? 33 : 0) +
    (space ? 1 : 0) +
    (otherLetter ? 64 : 0) +
    (other ? 32 : 0)
  );
}

/**
 * Marks letters that belong to word-like runs: letters that read like language (ASCII runs
 * with a plausible share of vowels; runs of four or more in other scripts, to stay on the
 * safe side). Short runs count only with a vowel, so "on" or "the" are words, "zj" is not.
 */
function wordLikeMask(chars: string[]): boolean[] {
  const mask = new Array<boolean>(chars.length).fill(false);
  let start = 0;
  while (start < chars.length) {
    if (!isLetter(chars[start])) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < chars.length && isLetter(chars[end])) end += 1;
    if (readsLikeWord(chars.slice(start, end))) mask.fill(true, start, end);
    start = end;
  }
  return mask;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

function readsLikeWord(run: string[]): boolean {
  if (run.length < MIN_WORD_RUN_SHORT) return false;
  if (!run.every((c) => c.charCodeAt(0) < 0x80)) return run.length >= MIN_WORD_RUN;
  const vowels = run.filter((c) => VOWELS.has(c.toLowerCase())).length;
  if (run.length < MIN_WORD_RUN) return vowels >= 1 && vowels < run.length;
  const share = vowels / run.length;
  return share >= 0.2 && share <= 0.65;
}

function matchCommonWord(lower: string[], at: number): number {
  for (const word of COMMON_BY_LENGTH) {
    if (word.length > lower.length - at) continue;
    let hit = true;
    for (let k = 0; k < word.length && hit; k += 1) hit = lower[at + k] === word[k];
    if (hit) return word.length;
  }
  return 0;
}

/**
 * Length of the longest part starting at `at` that also starts somewhere earlier; the two may
 * overlap, so "abababab" is "ab" followed by one long repeat.
 */
function matchEarlierPart(lower: string[], at: number): number {
  let best = 0;
  for (let from = 0; from < at; from += 1) {
    let len = 0;
    while (at + len < lower.length && lower[from + len] === lower[at + len]) len += 1;
    best = Math.max(best, len);
  }
  return best >= MIN_EARLIER_PART ? best : 0;
}

function matchRepeatedChar(chars: string[], at: number): number {
  let end = at + 1;
  while (end < chars.length && chars[end] === chars[at]) end += 1;
  return end - at >= MIN_PATTERN_LENGTH ? end - at : 0;
}

/** "abc", "cba", "123", "987": code points that step by one in the same direction. */
function matchSequence(lower: string[], at: number): number {
  const first = lower[at]?.codePointAt(0);
  const second = lower[at + 1]?.codePointAt(0);
  if (first === undefined || second === undefined) return 0;
  const step = second - first;
  if (step !== 1 && step !== -1) return 0;
  let end = at + 2;
  while (
    end < lower.length &&
    (lower[end]?.codePointAt(0) ?? NaN) - (lower[end - 1]?.codePointAt(0) ?? NaN) === step
  ) {
    end += 1;
  }
  return end - at >= MIN_PATTERN_LENGTH ? end - at : 0;
}

function matchKeyboardRun(lower: string[], at: number): number {
  let best = 0;
  for (const line of KEYBOARD_LINES) {
    const start = line.indexOf(lower[at] ?? '');
    if (start < 0) continue;
    let len = 0;
    while (at + len < lower.length && line[start + len] === lower[at + len]) len += 1;
    best = Math.max(best, len);
  }
  return best >= MIN_KEYBOARD_RUN ? best : 0;
}

/** What one character costs when no pattern explains it. */
function plainCosts(chars: string[], lower: string[]): number[] {
  const perChar = Math.log2(Math.max(2, alphabetSize(chars)));
  const wordLike = wordLikeMask(chars);
  return chars.map((c, i) => {
    if (wordLike[i]) return WORD_LETTER_BITS + (c !== lower[i] ? 1 : 0);
    // A separator after a word is nearly free: word lists are joined by spaces or dashes.
    if (SEPARATORS.has(c) && i > 0 && wordLike[i - 1]) return SEPARATOR_BITS;
    return perChar;
  });
}

/** Every pattern that starts at `at`, each with its length and cost. */
function patternsAt(chars: string[], lower: string[], at: number, perChar: number): Token[] {
  const found: Token[] = [];
  const upperCased = (len: number): number =>
    chars.slice(at, at + len).some((c, k) => c !== lower[at + k]) ? 1 : 0;
  const common = matchCommonWord(lower, at);
  if (common) found.push({ length: common, bits: COMMON_WORD_BITS + upperCased(common), kind: 'common' });
  const earlier = matchEarlierPart(lower, at);
  if (earlier) found.push({ length: earlier, bits: Math.log2(at) + Math.log2(earlier), kind: 'repeat' });
  const repeated = matchRepeatedChar(chars, at);
  if (repeated) found.push({ length: repeated, bits: perChar + Math.log2(repeated), kind: 'repeat' });
  const sequence = matchSequence(lower, at);
  if (sequence) found.push({ length: sequence, bits: perChar + Math.log2(sequence) + 1, kind: 'sequence' });
  const keyboard = matchKeyboardRun(lower, at);
  if (keyboard)
    found.push({ length: keyboard, bits: KEYBOARD_START_BITS + Math.log2(keyboard), kind: 'sequence' });
  if (YEAR.test(lower.slice(at, at + 4).join(''))) found.push({ length: 4, bits: YEAR_BITS, kind: 'year' });
  return found;
}

/** The cheapest way to spell the passphrase out of plain characters and patterns, as a guesser would. */
function cheapestTokens(chars: string[]): Token[] {
  const lower = chars.map((c) => c.toLowerCase());
  const perChar = Math.log2(Math.max(2, alphabetSize(chars)));
  const plain = plainCosts(chars, lower);
  const n = chars.length;
  const cost = new Array<number>(n + 1).fill(0);
  const choice = new Array<Token>(n);
  for (let at = n - 1; at >= 0; at -= 1) {
    let best: Token = { length: 1, bits: plain[at] ?? perChar, kind: 'plain' };
    let bestCost = best.bits + (cost[at + 1] ?? 0);
    for (const pattern of patternsAt(chars, lower, at, perChar)) {
      const total = pattern.bits + (cost[at + pattern.length] ?? 0);
      if (total < bestCost) {
        best = pattern;
        bestCost = total;
      }
    }
    cost[at] = bestCost;
    choice[at] = best;
  }
  const tokens: Token[] = [];
  for (let at = 0; at < n;) {
    const token = choice[at] as Token;
    tokens.push(token);
    at += token.length;
  }
  return tokens;
}

const HINT_ORDER: StrengthHint[] = ['common', 'repeat', 'sequence', 'year'];

export function estimateStrength(passphrase: string): StrengthEstimate {
  const chars = Array.from(passphrase);
  if (chars.length === 0) return { level: 'weak', score: 0, bits: 0, hint: null };

  const tokens = cheapestTokens(chars.slice(0, ANALYSED_LENGTH));
  const bits = tokens.reduce((sum, t) => sum + t.bits, 0);

  // Length is counted as the engine counts it (UTF-16 units), so meter and form agree.
  const tooShort = passphrase.length < PASSPHRASE_MIN_LENGTH;
  let level: StrengthLevel =
    bits >= THRESHOLDS.strong
      ? 'strong'
      : bits >= THRESHOLDS.good
        ? 'good'
        : bits >= THRESHOLDS.fair
          ? 'fair'
          : 'weak';
  if (tooShort) level = 'weak';

  let hint: StrengthHint | null = null;
  if (tooShort) hint = 'too-short';
  else if (level !== 'strong') {
    const kinds = new Set(tokens.map((t) => t.kind));
    hint = HINT_ORDER.find((k) => kinds.has(k)) ?? 'more-words';
  }
  return { level, score: STRENGTH_LEVELS.indexOf(level), bits: Math.round(bits * 10) / 10, hint };
}

export const HINT_TEXT: Record<StrengthHint, string> = {
  'too-short': `Use at least ${PASSPHRASE_MIN_LENGTH} characters.`,
  common: 'Avoid common words and words anyone would guess, such as “password” or “embassy”.',
  repeat: 'Avoid repeating characters or parts of the passphrase.',
  sequence: 'Avoid sequences such as “abc”, “123” or “qwerty”.',
  year: 'Avoid years and dates: they are among the first things tried.',
  'more-words': 'Add more words: four or more unrelated words make a strong passphrase.',
};
