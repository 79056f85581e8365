// Passport and identity-card numbers: upper case, without the spaces, dashes and dots people
// type between groups, so "ab 123-456" and "AB123456" are the same document.
import { accept, cellText, reject, type CellInput, type Normalised } from './result';
import { isPlaceholder, toAsciiDigits } from './text';

export type DocumentKind = 'passport' | 'national_id';

// Passport numbers are 6 to 9 characters in ICAO's machine-readable zone; a few countries add a
// prefix or check letter. Identity numbers run longer (18 digits in China, 16 in Indonesia).
const LENGTHS: Record<DocumentKind, { min: number; max: number }> = {
  passport: { min: 5, max: 14 },
  national_id: { min: 4, max: 24 },
};

const SEPARATORS = /[\s\-‐‑–—.,/\\_]+/g;
const FILLERS = new Set(['NA', 'NONE', 'NIL', 'UNKNOWN', 'PENDING', 'TBC', 'TBD', 'NOPASSPORT', 'XXXXXX']);

export function normaliseDocumentNumber(input: CellInput, kind: DocumentKind): Normalised<string> {
  const original = cellText(input);
  if (isPlaceholder(original)) return accept(original, null);
  const value = toAsciiDigits(original.normalize('NFKC')).toUpperCase().replace(SEPARATORS, '');
  if (FILLERS.has(value) || /^(.)\1+$/.test(value)) {
    return reject(original, 'invalid', 'A placeholder, not a document number.');
  }
  if (!/^[A-Z0-9]+$/.test(value)) {
    return reject(original, 'invalid', 'Document numbers hold only Latin letters and digits.');
  }
  const { min, max } = LENGTHS[kind];
  if (value.length < min)
    return reject(original, 'too_short', `Too short for a document number (${min} characters at least).`);
  if (value.length > max)
    return reject(original, 'too_long', `Too long for a document number (${max} characters at most).`);
  if (!/\d/.test(value)) return reject(original, 'invalid', 'A document number has at least one digit.');
  return accept(original, value);
}
