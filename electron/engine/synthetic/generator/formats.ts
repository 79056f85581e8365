// How dates, phone numbers and delimited lines are written in each file's own convention.
import type { HostCountry } from './host';
import type { SimpleDate } from './model';

const pad2 = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type DateStyle = 'iso' | 'dmy' | 'mdy' | 'dMonY';

export function formatDate(date: SimpleDate, style: DateStyle): string {
  const { y, m, d } = date;
  switch (style) {
    case 'iso':
      return `${y}-${pad2(m)}-${pad2(d)}`;
    case 'dmy':
      return `${pad2(d)}/${pad2(m)}/${y}`;
    case 'mdy':
      return `${pad2(m)}/${pad2(d)}/${y}`;
    case 'dMonY':
      return `${pad2(d)}-${MONTHS[m - 1]}-${y}`;
  }
}

/** Day and month exchanged, as when someone types a date in the other convention; null when that is no valid date. */
export function swapDayMonth(date: SimpleDate): SimpleDate | null {
  if (date.d > 12 || date.d === date.m) return null;
  return { y: date.y, m: date.d, d: date.m };
}

const DAY_MS = 86_400_000;

export function daysBetween(from: SimpleDate, to: SimpleDate): number {
  return Math.round((Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / DAY_MS);
}

export function addDays(date: SimpleDate, days: number): SimpleDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export type PhoneStyle =
  | 'intlSpaced' // +961 3 012 345
  | 'intlCompact' // +9613012345
  | 'intlNoPlus' // 961 3 012 345
  | 'intl00' // 00961 3 012345
  | 'localDash' // 03-012345
  | 'localSpaced' // 03 012 345
  | 'localPairs' // 03 01 23 45 (French habit)
  | 'bare'; // 3012345

/** Writes a national significant number in one of the ways people write Lebanese-style mobiles. */
export function formatPhone(host: HostCountry, nsn: string, style: PhoneStyle): string {
  const block = nsn.slice(0, host.mobileBlockLength);
  const rest = nsn.slice(host.mobileBlockLength);
  const half = Math.ceil(rest.length / 2);
  const grouped = `${rest.slice(0, half)} ${rest.slice(half)}`;
  const local = host.trunkPrefix + nsn;
  switch (style) {
    case 'intlSpaced':
      return `+${host.callingCode} ${block} ${grouped}`;
    case 'intlCompact':
      return `+${host.callingCode}${nsn}`;
    case 'intlNoPlus':
      return `${host.callingCode} ${block} ${grouped}`;
    case 'intl00':
      return `00${host.callingCode} ${block} ${rest}`;
    case 'localDash':
      return `${host.trunkPrefix}${block}-${rest}`;
    case 'localSpaced':
      return `${host.trunkPrefix}${block} ${grouped}`;
    case 'localPairs':
      return (local.match(/.{1,2}/g) ?? [local]).join(' ');
    case 'bare':
      return nsn;
  }
}

/** E.164, as people.csv holds it. */
export function e164(host: HostCountry, nsn: string): string {
  return nsn === '' ? '' : `+${host.callingCode}${nsn}`;
}

const quoteTriggers = new Map<string, RegExp>();

/** Matches what forces quoting: a quote, a line break or the delimiter (one test per cell). */
function needsQuotes(delimiter: string): RegExp {
  let re = quoteTriggers.get(delimiter);
  if (!re) {
    re = new RegExp(`["\\r\\n${delimiter.replace(/[\\\]^-]/g, '\\$&')}]`);
    quoteTriggers.set(delimiter, re);
  }
  return re;
}

/** One delimited line (RFC 4180 quoting: only where needed, quotes doubled). */
export function delimitedLine(cells: readonly string[], delimiter: string, newline: string): string {
  const trigger = needsQuotes(delimiter);
  // join() yields one flat string; appending cell by cell would leave a tree of string pieces
  // for the garbage collector to copy while the line waits in the write buffer.
  const quoted: string[] = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    quoted[i] = trigger.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  }
  return quoted.join(delimiter) + newline;
}
