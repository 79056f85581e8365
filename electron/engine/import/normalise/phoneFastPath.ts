// The common case of phones.ts without libphonenumber's per-call overhead: a number of plain digits
// (spaces, dashes, dots, brackets allowed), in E.164 or in the default country's national format.
// It follows libphonenumber's own steps (calling code, national prefix, country among those sharing
// a calling code, validity by number type) on the same "max" metadata, compiled once per country.
// Whenever a step is not the plain one (an international dialling prefix, a prefix transform rule,
// a non-geographic code), it answers undefined and the caller asks libphonenumber itself.
// test/engine/import/phones.test.ts compares the two over many generated numbers.
import { Metadata } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';

interface TypeDefinition {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}

/** The parts of libphonenumber's numbering plan object this module reads. */
interface NumberingPlan {
  callingCode(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  IDDPrefix(): string;
  types(): unknown;
  type(name: string): TypeDefinition | undefined;
}

interface MetadataInternals {
  selectNumberingPlan(country: string): unknown;
  numberingPlan?: NumberingPlan;
  hasCallingCode(code: string): boolean | undefined;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
}

const TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

interface Plan {
  country: string;
  callingCode: string;
  general: RegExp;
  /** Empty when the metadata has no number types: the general pattern decides alone. */
  types: ReadonlyArray<{ re: RegExp; lengths: readonly number[] | undefined }>;
  lengths: readonly number[] | undefined;
  prefixForParsing: RegExp | undefined;
  hasTransformRule: boolean;
  idd: RegExp;
  leadingDigits: RegExp | undefined;
}

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const start = (pattern: string) => new RegExp(`^(?:${pattern})`);

let metadata: MetadataInternals | null | undefined;

function internals(): MetadataInternals | null {
  if (metadata !== undefined) return metadata;
  const m = new Metadata(maxMetadata) as unknown as MetadataInternals;
  const usable =
    typeof m.selectNumberingPlan === 'function' &&
    typeof m.hasCallingCode === 'function' &&
    typeof m.getCountryCodesForCallingCode === 'function';
  metadata = usable ? m : null;
  return metadata;
}

const plans = new Map<string, Plan | null>();

function plan(country: string): Plan | null {
  const known = plans.get(country);
  if (known !== undefined) return known;
  let compiled: Plan | null = null;
  try {
    compiled = compile(country);
  } catch {
    // A metadata shape this module does not know: libphonenumber answers for this country.
    compiled = null;
  }
  plans.set(country, compiled);
  return compiled;
}

function compile(country: string): Plan | null {
  const md = internals();
  if (!md) return null;
  md.selectNumberingPlan(country);
  const p = md.numberingPlan;
  if (!p) return null;
  const hasTypes = Array.isArray(p.types()) && (p.types() as unknown[]).length > 0;
  const types = hasTypes
    ? TYPES.flatMap((name) => {
        const t = p.type(name);
        const pattern = t?.pattern();
        return t && pattern ? [{ re: whole(pattern), lengths: t.possibleLengths() }] : [];
      })
    : [];
  const pfp = p.nationalPrefixForParsing();
  const ld = p.leadingDigits();
  return {
    country,
    callingCode: p.callingCode(),
    general: whole(p.nationalNumberPattern()),
    types,
    lengths: p.possibleLengths(),
    prefixForParsing: pfp ? start(pfp) : undefined,
    hasTransformRule: Boolean(p.nationalPrefixTransformRule()),
    idd: start(p.IDDPrefix()),
    leadingDigits: ld ? start(ld) : undefined,
  };
}

function isValidFor(p: Plan, nn: string): boolean {
  if (!p.general.test(nn)) return false;
  if (p.types.length === 0) return true;
  return p.types.some((t) => (!t.lengths || t.lengths.includes(nn.length)) && t.re.test(nn));
}

function tooShortOrInvalidLength(p: Plan, nn: string): boolean {
  const lengths = p.lengths;
  if (!lengths || lengths.length === 0) return false;
  const min = lengths[0] as number;
  if (nn.length === min) return false;
  if (nn.length < min) return true;
  if (nn.length > (lengths[lengths.length - 1] as number)) return false; // too long, which does not block
  return !lengths.includes(nn.length);
}

/** Among countries sharing a calling code, the one a national number belongs to. */
function countryFor(callingCode: string, nn: string): string | undefined {
  const list = internals()?.getCountryCodesForCallingCode(callingCode);
  if (!list || list.length === 0) return undefined;
  if (list.length === 1) return list[0];
  for (const c of list) {
    const p = plan(c);
    if (!p) return undefined;
    if (p.leadingDigits) {
      if (p.leadingDigits.test(nn)) return c;
    } else if (isValidFor(p, nn)) {
      return c;
    }
  }
  return undefined;
}

const GIVE_UP = Symbol('give up');

/** Strips the national prefix ("0" in "03 123 456") the way libphonenumber does, or gives up. */
function nationalNumber(p: Plan, digits: string): string | typeof GIVE_UP {
  if (!p.prefixForParsing) return digits;
  const m = p.prefixForParsing.exec(digits);
  if (!m) return digits;
  const captured = m.length > 1 && m[m.length - 1];
  if (captured) return GIVE_UP; // carrier codes and transform rules: leave them to libphonenumber
  const nn = digits.slice(m[0].length);
  if (nn === digits) return digits;
  if (p.general.test(digits) && !p.general.test(nn)) return digits;
  const country = countryFor(p.callingCode, nn);
  const lengthPlan = country ? plan(country) : p;
  if (!lengthPlan) return GIVE_UP;
  if (tooShortOrInvalidLength(lengthPlan, nn)) return digits;
  return nn;
}

const PLAIN = /^\+?[\d\s\-.()/]+$/;

function finish(callingCode: string, fallbackCountry: string, nn: string): string | undefined {
  if (nn.length < 2 || nn.length > 17) return undefined;
  const p = plan(countryFor(callingCode, nn) ?? fallbackCountry);
  return p && isValidFor(p, nn) ? `+${callingCode}${nn}` : undefined;
}

function international(digits: string): string | undefined {
  const md = internals();
  if (!md || digits.startsWith('0')) return undefined;
  for (let len = 1; len <= 3 && len < digits.length; len++) {
    const callingCode = digits.slice(0, len);
    if (!md.hasCallingCode(callingCode)) continue;
    const main = md.getCountryCodesForCallingCode(callingCode)?.[0];
    const p = main ? plan(main) : null;
    if (!main || !p) return undefined; // non-geographic codes (+800, +882…)
    const nn = nationalNumber(p, digits.slice(len));
    return nn === GIVE_UP ? undefined : finish(callingCode, main, nn);
  }
  return undefined;
}

function national(digits: string, country: string): string | undefined {
  const p = plan(country);
  if (!p || p.idd.test(digits)) return undefined;
  if (digits.startsWith(p.callingCode)) return undefined; // maybe a number written without its "+"
  const nn = nationalNumber(p, digits);
  return nn === GIVE_UP ? undefined : finish(p.callingCode, country, nn);
}

/**
 * E.164 for a plain, valid number; undefined when the number is invalid or not plain, in which
 * case the caller asks libphonenumber (which then also explains what is wrong).
 */
export function fastE164(text: string, defaultCountry: string | undefined): string | undefined {
  if (text.length > 250 || !PLAIN.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) return international(digits);
  return defaultCountry ? national(digits, defaultCountry) : undefined;
}
