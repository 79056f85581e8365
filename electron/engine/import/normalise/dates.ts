// Dates as rosters write them: 03/04/1988, 1988-04-03, 3.4.88, "3 April 1988", "03-Apr-88",
// "3 de abril de 1988", "3 نيسان 1988", Excel serial numbers. The result is always YYYY-MM-DD.
// Whether 03/04 is the 3rd of April or March 4th is decided per column (inferDateOrder), never
// per cell: a file mixes both orders only by mistake.
import { accept, cellText, reject, type CellInput, type Normalised, type RejectCode } from './result';
import { BoundedCache, foldText, isPlaceholder, onClearCaches, toAsciiDigits } from './text';

export const DATE_ORDERS = ['DMY', 'MDY', 'YMD'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * What the date is, which decides how a two-digit year is read and what is implausible:
 * a birth or an event (registration) lies in the past; a document expiry may lie ahead.
 */
export type DateKind = 'birth' | 'event' | 'expiry';

export interface DateOptions {
  /** Order of numeric dates; defaults to DMY, which most of the world writes. */
  order?: DateOrder;
  kind?: DateKind;
  /** "Today", for tests and for replaying an import; defaults to the clock. */
  today?: Date;
}

// No prototype: a cell reading "constructor" must not find Object's.
const MONTHS: Record<string, number | undefined> = Object.create(null);
function months(names: string): void {
  const list = names.split(' ');
  if (list.length !== 12) throw new Error('A month list needs twelve names.');
  list.forEach((n, i) => (MONTHS[foldText(n)] = i + 1));
}
months('january february march april may june july august september october november december');
months('jan feb mar apr may jun jul aug sep oct nov dec');
months('janvier février mars avril mai juin juillet août septembre octobre novembre décembre');
months('janv févr mars avr mai juin juil août sept oct nov déc');
months('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre');
months('ene feb mar abr may jun jul ago sep oct nov dic');
months('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre');
months('gen feb mar apr mag giu lug ago set ott nov dic');
months('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro');
months('jan fev mar abr mai jun jul ago set out nov dez');
months('januar februar märz april mai juni juli august september oktober november dezember');
MONTHS['mrz'] = 3;
MONTHS['okt'] = 10;
MONTHS['sept'] = 9;
MONTHS['setiembre'] = 9;
// Arabic: the Egyptian/Gulf names, and the Levantine ones used in Lebanon, Syria, Jordan and Iraq.
months('يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر');
months('كانون2 شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين1 تشرين2 كانون1');
MONTHS[foldText('إبريل')] = 4;
MONTHS[foldText('ابريل')] = 4;

// Two-word Levantine months, joined before splitting into words.
const LEVANTINE_PAIRS: ReadonlyArray<[RegExp, string]> = [
  [/كانون\s+(?:الثاني|ثاني)/g, 'كانون2'],
  [/كانون\s+(?:الأول|الاول|أول|اول)/g, 'كانون1'],
  [/تشرين\s+(?:الأول|الاول|أول|اول)/g, 'تشرين1'],
  [/تشرين\s+(?:الثاني|ثاني)/g, 'تشرين2'],
];

const IGNORED_WORDS = new Set([
  'de',
  'del',
  'of',
  'the',
  'le',
  'el',
  'di',
  'do',
  'da',
  'am',
  'den',
  'der',
  'st',
  'nd',
  'rd',
  'th',
  'er',
  'eme',
  'o',
  'a',
  'º',
  'ª',
  ...'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun'.split(' '),
  ...'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(' '),
  ...'lunes martes miercoles jueves viernes sabado domingo'.split(' '),
]);

const TIME_SUFFIX =
  /(?:[T\s]+|^)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:am|pm)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i;

// Days between 1899-12-30 and 1970-01-01: Excel's day 0, allowing for its fictional 29 Feb 1900.
const EXCEL_EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  /** The year was written with two digits and needs a century. */
  shortYear: boolean;
}

type Parsed = Parts | { error: 'unrecognised' | 'ambiguous' | 'incomplete' | 'invalid'; reason: string };

const UNRECOGNISED = { error: 'unrecognised', reason: 'This is not a date Muster can read.' } as const;
const SIMPLE_NUMERIC = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;

function fromNumbers(a: string, b: string, c: string, order: DateOrder): Parsed {
  const [na, nb, nc] = [Number(a), Number(b), Number(c)];
  if (a.length === 4) return { year: na, month: nb, day: nc, shortYear: false };
  if (c.length === 4) {
    if (order === 'YMD') {
      if (na > 12 && nb <= 12) return { year: nc, month: nb, day: na, shortYear: false };
      if (nb > 12 && na <= 12) return { year: nc, month: na, day: nb, shortYear: false };
      return {
        error: 'ambiguous',
        reason: 'Day and month cannot be told apart: choose the date order for this column.',
      };
    }
    return order === 'DMY'
      ? { year: nc, month: nb, day: na, shortYear: false }
      : { year: nc, month: na, day: nb, shortYear: false };
  }
  if (a.length > 2 || b.length > 2 || c.length > 2) return UNRECOGNISED;
  if (order === 'YMD') return { year: na, month: nb, day: nc, shortYear: true };
  return order === 'DMY'
    ? { year: nc, month: nb, day: na, shortYear: true }
    : { year: nc, month: na, day: nb, shortYear: true };
}

/** A number that can only be a year: three digits or more, or above 31. */
function isYearLike(t: string): boolean {
  return t.length >= 3 || Number(t) > 31;
}

function fromMonthName(tokens: readonly string[], monthAt: number, month: number): Parsed {
  const numbers = tokens.filter((_, i) => i !== monthAt);
  if (numbers.length < 2) return { error: 'incomplete', reason: 'The date needs a day, a month and a year.' };
  if (numbers.length > 2) return UNRECOGNISED;
  const [x, y] = numbers as [string, string];
  if (isYearLike(x) && !isYearLike(y))
    return { year: Number(x), month, day: Number(y), shortYear: x.length <= 2 };
  if (isYearLike(y) && !isYearLike(x))
    return { year: Number(y), month, day: Number(x), shortYear: y.length <= 2 };
  if (isYearLike(x) || isYearLike(y)) return UNRECOGNISED;
  // "03-Apr-88", "Apr 03 88": the day comes first, whichever side of the month it is.
  return { year: Number(y), month, day: Number(x), shortYear: true };
}

function parseText(text: string, order: DateOrder): Parsed {
  let t = toAsciiDigits(text).trim().replace(TIME_SUFFIX, '').trim();
  for (const [pattern, month] of LEVANTINE_PAIRS) t = t.replace(pattern, month);
  t = foldText(t);

  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact)
    return { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]), shortYear: false };
  if (/^\d{4}$/.test(t))
    return { error: 'incomplete', reason: 'Only a year is given; the full date is needed.' };

  // Numbers and words; ordinal suffixes ("3rd", "1er", "1º") split off as words and are ignored.
  const tokens = (t.match(/\d+|[\p{L}\d]+/gu) ?? []).filter((tok) => !IGNORED_WORDS.has(tok));
  if (tokens.length === 0) return UNRECOGNISED;

  const monthAt = tokens.findIndex((tok) => !/^\d+$/.test(tok));
  if (monthAt >= 0) {
    const month = MONTHS[tokens[monthAt] as string];
    if (month === undefined) return UNRECOGNISED;
    if (tokens.some((tok, i) => i !== monthAt && !/^\d+$/.test(tok))) return UNRECOGNISED;
    return fromMonthName(tokens, monthAt, month);
  }
  if (tokens.length === 2)
    return { error: 'incomplete', reason: 'The date needs a day, a month and a year.' };
  if (tokens.length !== 3) return UNRECOGNISED;
  return fromNumbers(tokens[0] as string, tokens[1] as string, tokens[2] as string, order);
}

function fromExcelSerial(serial: number): Parsed {
  // 60 is Excel's 29 February 1900, a day that never was; serials below 61 are early 1900 anyway.
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return UNRECOGNISED;
  const d = new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), shortYear: false };
}

interface Today {
  y: number;
  iso: string;
  /** Results per kind and order of date, valid for this day only. */
  caches: Map<string, BoundedCache<Outcome>>;
}

// The day only changes once a day: keep the last one worked out rather than formatting it per cell.
let lastToday: (Today & { from: number }) | undefined;
onClearCaches(() => (lastToday = undefined));

function todayParts(today: Date | undefined): Today {
  const date = today ?? new Date();
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  if (lastToday?.from !== d) {
    lastToday = {
      from: d,
      y: date.getFullYear(),
      iso: iso(date.getFullYear(), date.getMonth() + 1, date.getDate()),
      caches: new Map(),
    };
  }
  return lastToday;
}

/** A two-digit year lands in the most recent matching year for the past, or within 50 years ahead. */
function century(yy: number, kind: DateKind, thisYear: number): number {
  const base = thisYear - (thisYear % 100);
  if (kind === 'expiry') return base + yy > thisYear + 50 ? base - 100 + yy : base + yy;
  return base + yy > thisYear ? base - 100 + yy : base + yy;
}

type Outcome = { value: string } | { code: RejectCode; reason: string };

/** Checks the parts and applies the rules of the kind of date. */
function judge(parsed: Parsed, kind: DateKind, now: Today): Outcome {
  if ('error' in parsed) return { code: parsed.error, reason: parsed.reason };
  const year = parsed.shortYear ? century(parsed.year, kind, now.y) : parsed.year;
  const { month, day } = parsed;
  if (month < 1 || month > 12) return { code: 'invalid', reason: 'The month is not between 1 and 12.' };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { code: 'invalid', reason: 'That day does not exist in that month.' };
  }
  if (year < 1800 || year > 2200)
    return { code: 'implausible', reason: 'The year is out of any plausible range.' };
  const value = iso(year, month, day);
  if (kind === 'birth') {
    if (value > now.iso) return { code: 'future', reason: 'A date of birth cannot be in the future.' };
    if (year < now.y - 125)
      return { code: 'implausible', reason: 'A date of birth more than 125 years ago.' };
  }
  if (kind === 'event' && value > now.iso) return { code: 'future', reason: 'This date is in the future.' };
  return { value };
}

function parseCell(input: Exclude<CellInput, null | undefined | boolean>, order: DateOrder): Parsed {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return UNRECOGNISED;
    // Spreadsheet dates arrive as midnight UTC.
    return {
      year: input.getUTCFullYear(),
      month: input.getUTCMonth() + 1,
      day: input.getUTCDate(),
      shortYear: false,
    };
  }
  if (typeof input === 'number') {
    // A bare year typed into a number cell would otherwise read as a day in 1905.
    return Number.isInteger(input) && input >= 1800 && input <= 2200
      ? { error: 'incomplete', reason: 'Only a year is given; the full date is needed.' }
      : fromExcelSerial(input);
  }
  const t = toAsciiDigits(input).trim();
  const numeric = SIMPLE_NUMERIC.exec(t);
  if (numeric) return fromNumbers(numeric[1] as string, numeric[3] as string, numeric[4] as string, order);
  if (/^\d{5}(?:[.,]\d+)?$/.test(t)) return fromExcelSerial(Number(t.replace(',', '.')));
  return parseText(t, order);
}

// Dates of birth repeat: a million people share some twenty thousand of them. One cache per kind
// and order of date, held by the day it was made on, so the cell itself is the key.
function cacheFor(now: Today, kind: DateKind, order: DateOrder): BoundedCache<Outcome> {
  const key = kind + order;
  let cache = now.caches.get(key);
  if (!cache) {
    cache = new BoundedCache<Outcome>();
    now.caches.set(key, cache);
  }
  return cache;
}

/** Parses one cell. Numbers (and 5-digit strings) are Excel serial day numbers. */
export function normaliseDate(input: CellInput, options: DateOptions = {}): Normalised<string> {
  const original = cellText(input);
  if (input === null || input === undefined || typeof input === 'boolean' || isPlaceholder(original)) {
    return typeof input === 'boolean'
      ? reject(original, 'unrecognised', UNRECOGNISED.reason)
      : accept(original, null);
  }
  const kind = options.kind ?? 'event';
  const order = options.order ?? 'DMY';
  const now = todayParts(options.today);
  const cache = typeof input === 'string' ? cacheFor(now, kind, order) : undefined;
  let outcome = cache?.get(input as string);
  if (!outcome) {
    outcome = judge(parseCell(input, order), kind, now);
    cache?.set(input as string, outcome);
  }
  return 'value' in outcome
    ? accept(original, outcome.value)
    : reject(original, outcome.code, outcome.reason);
}

export interface DateOrderInference {
  /** null when the values do not settle it (all ambiguous, or contradicting each other). */
  order: DateOrder | null;
  counts: { DMY: number; MDY: number; YMD: number; ambiguous: number; other: number };
}

/**
 * Reads the order of a column from its unambiguous values: 25/12/1990 can only be DMY, 12/25/1990
 * only MDY, 1990-12-25 YMD. Ambiguous ones (03/04/1990) and dates with month names do not vote.
 * With both DMY and MDY votes, the order wins only with 95% of them; fewer means a mixed column.
 */
export function inferDateOrder(values: Iterable<CellInput>): DateOrderInference {
  const counts = { DMY: 0, MDY: 0, YMD: 0, ambiguous: 0, other: 0 };
  for (const v of values) {
    if (typeof v !== 'string' || isPlaceholder(v)) continue;
    const m = /^\s*(\d{1,4})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,4})\b/.exec(toAsciiDigits(v));
    if (!m) {
      counts.other++;
      continue;
    }
    const [a, b] = [Number(m[1]), Number(m[2])];
    if ((m[1] as string).length > 2 || a > 31) counts.YMD++;
    else if (a > 12 && b <= 12) counts.DMY++;
    else if (b > 12 && a <= 12) counts.MDY++;
    else counts.ambiguous++;
  }
  const { DMY, MDY, YMD } = counts;
  let order: DateOrder | null = null;
  if (DMY + MDY > 0) {
    if (DMY >= 0.95 * (DMY + MDY)) order = 'DMY';
    else if (MDY >= 0.95 * (DMY + MDY)) order = 'MDY';
  } else if (YMD > 0 && counts.ambiguous === 0) {
    order = 'YMD';
  }
  return { order, counts };
}

// Countries whose officials write month/day/year, or year first; the rest of the world writes day first.
const MDY_COUNTRIES = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'AS', 'GU', 'MP', 'PR', 'VI', 'UM']);
const YMD_COUNTRIES = new Set(['CN', 'JP', 'KR', 'KP', 'TW', 'HU', 'MN', 'LT', 'IR', 'BT']);

/** The order to assume for a column whose values do not tell, from the country the file comes from. */
export function defaultDateOrder(country: string | undefined): DateOrder {
  const c = (country ?? '').toUpperCase();
  if (MDY_COUNTRIES.has(c)) return 'MDY';
  if (YMD_COUNTRIES.has(c)) return 'YMD';
  return 'DMY';
}
