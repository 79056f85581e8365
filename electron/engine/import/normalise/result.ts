// Every normaliser answers in the same shape: the cell as it came, beside either the clean value
// (null when the cell was empty) or a reason the officer can read. Reasons never quote the cell,
// so they can be counted, logged and exported without carrying personal data.

export type RejectCode =
  | 'unrecognised'
  | 'invalid'
  | 'ambiguous'
  | 'out_of_range'
  | 'incomplete'
  | 'future'
  | 'implausible'
  | 'too_long'
  | 'too_short';

export interface Accepted<T> {
  ok: true;
  original: string;
  /** null when the cell holds nothing (empty, or a placeholder such as "N/A"). */
  value: T | null;
}

export interface Rejected {
  ok: false;
  original: string;
  code: RejectCode;
  reason: string;
}

export type Normalised<T> = Accepted<T> | Rejected;

export function accept<T>(original: string, value: T | null): Accepted<T> {
  return { ok: true, original, value };
}

export function reject(original: string, code: RejectCode, reason: string): Rejected {
  return { ok: false, original, code, reason };
}

/** Cells arrive as text from CSV and as numbers, dates or booleans from spreadsheets. */
export type CellInput = string | number | boolean | Date | null | undefined;

export function cellText(input: CellInput): string {
  if (input === null || input === undefined) return '';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? '' : input.toISOString();
  return String(input);
}
