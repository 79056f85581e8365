// E-mail addresses: trimmed, the domain in lower case (domains are case-insensitive, the local
// part in theory is not), with a separate all-lower-case key for matching people across files.
import { accept, cellText, reject, type CellInput, type Normalised } from './result';
import { isAscii, isPlaceholder } from './text';

const ASCII_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const ASCII_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TLD = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

export function normaliseEmail(input: CellInput): Normalised<string> {
  const original = cellText(input);
  if (isPlaceholder(original)) return accept(original, null);
  let text = (isAscii(original) ? original : original.normalize('NFKC')).trim();
  const bracketed = /<([^<>]+)>/.exec(text); // "Maria Santos <maria@example.org>"
  if (bracketed) text = (bracketed[1] as string).trim();
  text = text.replace(/^mailto:/i, '').replace(/^["'([]+|["')\].,;:]+$/g, '');

  if (/[\s,;]/.test(text))
    return reject(original, 'invalid', 'One address per cell: this cell holds several, or a space.');
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.indexOf('@') !== at)
    return reject(original, 'invalid', 'An e-mail address has exactly one @.');
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  if (local.length > 64 || !(isAscii(local) ? ASCII_LOCAL : LOCAL).test(local))
    return reject(original, 'invalid', 'The part before the @ is not valid.');
  const labels = domain.split('.');
  if (
    labels.length < 2 ||
    !labels.every((l) => (isAscii(l) ? ASCII_LABEL : LABEL).test(l)) ||
    !TLD.test(labels[labels.length - 1] as string)
  ) {
    return reject(original, 'invalid', 'The part after the @ is not a valid domain.');
  }
  const address = `${local}@${domain}`;
  if (address.length > 254)
    return reject(original, 'too_long', 'An e-mail address has 254 characters at most.');
  return accept(original, address);
}

/** For matching only: the whole address in lower case. */
export function emailMatchKey(address: string): string {
  return address.toLowerCase();
}
