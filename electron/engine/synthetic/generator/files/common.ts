// What every file's row writer needs, and the field writers the rosters share.
import { formatDate, formatPhone, swapDayMonth, type DateStyle, type PhoneStyle } from '../formats';
import type { HostCountry } from '../host';
import type { TruePerson } from '../model';
import type { Population } from '../population';
import type { Rng, Weighted } from '../random';
import { ROSTER_FIELDS } from '../rates';
import { maybeTypo } from '../variation';

export interface RenderContext {
  readonly rng: Rng;
  readonly host: HostCountry;
  readonly population: Population;
}

/** A birth date as one row shows it: sometimes missing, sometimes with day and month exchanged. */
export function writeDob(
  rng: Rng,
  p: TruePerson,
  style: DateStyle,
  rates: { missingDob: number; dayMonthSwap: number },
): string {
  if (rng.chance(rates.missingDob)) return '';
  const swapped = rng.chance(rates.dayMonthSwap) ? swapDayMonth(p.dob) : null;
  return formatDate(swapped ?? p.dob, style);
}

export function writeRosterPhone(r: RenderContext, p: TruePerson, styles: Weighted<PhoneStyle>): string {
  if (p.phone === '' || r.rng.chance(ROSTER_FIELDS.missingPhone)) return '';
  return formatPhone(r.host, p.phone, styles.pick(r.rng));
}

export function writeRosterPassport(r: RenderContext, p: TruePerson): string {
  if (r.rng.chance(ROSTER_FIELDS.missingPassport)) return '';
  return maybeTypo(r.rng, p.passport, ROSTER_FIELDS.typo);
}
