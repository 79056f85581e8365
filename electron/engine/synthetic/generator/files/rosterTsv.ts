// The agency whose system exports UTF-16 text: tab-separated, one "Worker" name column in
// varying order, DD-Mon-YYYY dates.
import { COUNTRIES } from '../countries';
import type { PhoneStyle } from '../formats';
import { employerName, type TruePerson } from '../model';
import { writeName } from '../nameRender';
import { Weighted } from '../random';
import { ROSTER_FIELDS as F, ROSTER_NAME } from '../rates';
import { writeDob, writeRosterPassport, writeRosterPhone, type RenderContext } from './common';

const PHONE_STYLES = new Weighted<PhoneStyle>([
  ['bare', 40],
  ['intl00', 30],
  ['intlCompact', 20],
  ['localDash', 10],
]);

function workerName(r: RenderContext, p: TruePerson): string {
  const name = writeName(r.rng, p, ROSTER_NAME);
  const form = r.rng.next();
  if (form < 0.7) return `${name.given} ${name.surname}`;
  if (form < 0.9) return `${name.surname.toUpperCase()} ${name.given}`;
  return `${name.surname}, ${name.given}`;
}

export function tsvRosterRow(r: RenderContext, p: TruePerson): string[] {
  const rng = r.rng;
  return [
    workerName(r, p),
    writeDob(rng, p, 'dMonY', F),
    writeRosterPassport(r, p),
    writeRosterPhone(r, p, PHONE_STYLES),
    COUNTRIES[p.nationality].demonym,
    rng.chance(0.5) ? `${p.place.city}, ${p.place.district.name}` : p.place.city,
    employerName(p.employer),
  ];
}
