// Phone numbers → E.164 ("+9613123456") with libphonenumber-js and its full ("max") metadata, so
// numbers are checked against each country's real ranges, not only their length.
//
// libphonenumber costs 6-9 µs a number here, too much for a million-row roster with two or three
// phone columns. Most numbers are plain: digits in E.164 or in the file's national format. For
// those, phoneFastPath.ts replays libphonenumber's own rules from its metadata (a differential test
// keeps the two in agreement); anything else goes to libphonenumber, with a bounded cache per input.
// The core entry with the metadata passed in: the same code in Node's ESM and CommonJS loaders.
import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { fastE164 } from './phoneFastPath';
import { accept, cellText, reject, type CellInput, type Normalised } from './result';
import { isPlaceholder, onClearCaches, toAsciiDigits } from './text';

const CACHE_LIMIT = 50_000;

type Outcome = { value: string } | { code: 'invalid' | 'incomplete'; reason: string };

const NO_COUNTRY: Outcome = {
  code: 'incomplete',
  reason: 'No country code, and no default country was chosen for this file.',
};
const INVALID: Outcome = { code: 'invalid', reason: 'Not a valid phone number.' };
const SCIENTIFIC: Outcome = {
  code: 'invalid',
  reason: 'A spreadsheet turned this number into scientific notation and lost its last digits.',
};

const SCIENTIFIC_NOTATION = /^\d(?:[.,]\d+)?e\+?\d+$/i;

/** Splits a cell holding several numbers ("03 123 456 / 71 234 567", one per line, "or"). */
export function splitPhoneCell(text: string): string[] {
  return text
    .split(/\s*(?:[;|\n\r]|\s\/\s|\/\/|\bor\b|\bou\b|\bo\b|\u0623\u0648|\u060C)\s*|,\s+(?=\+|0)/i)
    .map((s) => s.trim())
    .filter((s) => /\d/.test(s));
}

/** Cleans what people add around a number: "tel:", full-width or Arabic-Indic digits, "(0)". */
function clean(text: string): string {
  return toAsciiDigits(text.normalize('NFKC'))
    .trim()
    .replace(/^(?:tel|phone|mob|mobile|cell)\s*[:.]?\s*/i, '')
    .replace(/\(0\)/g, '');
}

/** One normaliser per default country: it owns the cache, which must not mix countries. */
export class PhoneNormaliser {
  private readonly country: CountryCode | undefined;
  private readonly cache = new Map<string, Outcome>();

  constructor(defaultCountry?: string) {
    const c = defaultCountry?.toUpperCase();
    this.country = c && isSupportedCountry(c as CountryCode, maxMetadata) ? (c as CountryCode) : undefined;
  }

  normalise(input: CellInput): Normalised<string> {
    const original = cellText(input);
    if (isPlaceholder(original)) return accept(original, null);
    const text = typeof input === 'number' ? String(Math.trunc(input)) : clean(original);
    const outcome = this.outcome(text);
    return 'value' in outcome
      ? accept(original, outcome.value)
      : reject(original, outcome.code, outcome.reason);
  }

  private outcome(text: string): Outcome {
    const fast = fastE164(text, this.country);
    if (fast) return { value: fast };
    const cached = this.cache.get(text);
    if (cached) return cached;
    const outcome = this.slow(text);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, outcome);
    return outcome;
  }

  private slow(text: string): Outcome {
    if (SCIENTIFIC_NOTATION.test(text)) return SCIENTIFIC;
    const digits = text.replace(/\D/g, '');
    if (digits.length < 3) return INVALID;
    const international = text.startsWith('+');
    const attempts: string[] = [text];
    // "00" is the international prefix in most of the world, but not the default country's everywhere.
    if (!international && digits.startsWith('00')) attempts.push('+' + digits.slice(2));
    for (const attempt of attempts) {
      const parsed = parsePhoneNumberFromString(attempt, { defaultCountry: this.country }, maxMetadata);
      if (parsed?.isValid()) return { value: parsed.number };
    }
    if (!international && !digits.startsWith('00') && !this.country) return NO_COUNTRY;
    return INVALID;
  }
}

const shared = new Map<string, PhoneNormaliser>();
onClearCaches(() => shared.clear());

/** Convenience for one-off calls; an import should keep one PhoneNormaliser per file. */
export function normalisePhone(
  input: CellInput,
  options: { defaultCountry?: string } = {},
): Normalised<string> {
  const key = options.defaultCountry?.toUpperCase() ?? '';
  let n = shared.get(key);
  if (!n) {
    n = new PhoneNormaliser(key || undefined);
    shared.set(key, n);
  }
  return n.normalise(input);
}
