// A fingerprint of a file's header row, so a mapping saved for one export of a roster can be
// offered again when the next export of the same roster arrives.
import { createHash } from 'node:crypto';
import { normaliseHeader } from './headers';

/**
 * Order-insensitive and tolerant of case, accents and punctuation: "Date of birth;Name" and
 * "NAME,date-of-birth" give the same fingerprint, because a mapping is kept per header name.
 * Repeated headers count, so a file that gains a second "Phone" column gets a new fingerprint.
 */
export function headerFingerprint(headers: readonly string[]): string {
  const normalised = headers.map(normaliseHeader).sort();
  return 'h1:' + createHash('sha256').update(normalised.join('\n')).digest('hex').slice(0, 32);
}
