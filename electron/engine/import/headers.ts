// Column headers as people type them: "N° passeport", "Date of Birth (dd/mm/yyyy)", "first_name",
// "رقم الجواز". normaliseHeader reduces them to plain words so one synonym list can match them all.
import { foldText } from './normalise/text';

// Words that say "number" in a header; they all become "no", as do "N°", "Nº" and "#".
const NUMBER_WORDS = new Set(['no', 'number', 'numero', 'num', 'nr', 'nro', 'nbr', 'nummer', 'numer', 'nº']);

// Little words that change nothing about which field a header means.
const FILLER = new Set([
  'of',
  'the',
  'a',
  'an',
  'your',
  'de',
  'du',
  'des',
  'd',
  'l',
  'la',
  'le',
  'les',
  'del',
  'della',
  'dello',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'der',
  'die',
  'des',
  'el',
  'los',
  'las',
]);

const ARABIC_ARTICLE = /^\u0627\u0644(?=\S{2,})/;

/** Lower-case words without accents, punctuation, filler words or Arabic articles; "no" for any "number". */
export function normaliseHeader(header: string): string {
  const spaced = header
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2') // camelCase → camel Case
    .replace(/\bn\s*[°º]/giu, ' no ')
    .replace(/#/g, ' no ');
  const words = foldText(spaced)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => (NUMBER_WORDS.has(w) ? 'no' : w.replace(ARABIC_ARTICLE, '')))
    .filter((w) => !FILLER.has(w));
  return words.join(' ');
}
