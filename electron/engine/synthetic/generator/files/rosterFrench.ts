// The French-speaking agency's roster: semicolon-separated, Windows-1252, surname in capitals,
// and US-style MM/DD/YYYY dates (exported from a US-locale spreadsheet despite the French headers).
import anyAscii from 'any-ascii';
import iconv from 'iconv-lite';
import { COUNTRIES } from '../countries';
import type { PhoneStyle } from '../formats';
import type { TruePerson } from '../model';
import { writeName } from '../nameRender';
import { Weighted } from '../random';
import { ROSTER_FIELDS as F, ROSTER_NAME } from '../rates';
import { writeDob, writeRosterPassport, writeRosterPhone, type RenderContext } from './common';

const PHONE_STYLES = new Weighted<PhoneStyle>([
  ['localPairs', 45],
  ['localSpaced', 25],
  ['intlSpaced', 20],
  ['localDash', 10],
]);

// Every character Windows-1252 can hold; anything else would turn into "?" when encoded.
const WINDOWS_1252 = new Set(
  Array.from(iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows-1252')),
);

/** Keeps what Windows-1252 can hold and transliterates the rest, as the agency's software would. */
export function toWindows1252(value: string): string {
  let out = '';
  for (const ch of value) out += WINDOWS_1252.has(ch) ? ch : anyAscii(ch);
  return out;
}

function employerText(r: RenderContext, p: TruePerson): string {
  const e = p.employer;
  if (e === null) return '';
  if (e.kind === 'company') return e.name;
  return r.rng.chance(0.6) ? `Famille ${e.family.latin}` : `Mme ${e.family.latin}`;
}

export function frenchRosterRow(r: RenderContext, p: TruePerson, row: number): string[] {
  const rng = r.rng;
  const name = writeName(rng, p, ROSTER_NAME);
  let nom = rng.chance(0.7) ? name.surname.toUpperCase() : name.surname;
  let prenom = name.given;
  if (rng.chance(F.nameOrderSwap)) [nom, prenom] = [prenom, nom];
  const sexe = p.sex === 'F' ? 'F' : rng.chance(0.3) ? 'H' : 'M';
  return [
    String(row),
    nom,
    prenom,
    writeDob(rng, p, 'mdy', F),
    sexe,
    COUNTRIES[p.nationality].french,
    writeRosterPassport(r, p),
    writeRosterPhone(r, p, PHONE_STYLES),
    employerText(r, p),
    p.place.french,
  ].map(toWindows1252);
}
