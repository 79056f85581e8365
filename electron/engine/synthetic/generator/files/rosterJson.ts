// The agency that exports JSON: one array of objects, nested contact and placement, ISO dates,
// and missing values either null or left out, depending on which screen entered them.
import { formatPhone, type PhoneStyle } from '../formats';
import { employerName, type TruePerson } from '../model';
import { writeName } from '../nameRender';
import { Weighted } from '../random';
import { ROSTER_FIELDS as F, ROSTER_NAME } from '../rates';
import { writeDob, writeRosterPassport, type RenderContext } from './common';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonRecord = { [key: string]: JsonValue };

const PHONE_STYLES = new Weighted<PhoneStyle>([
  ['intlCompact', 70],
  ['bare', 20],
  ['intlSpaced', 10],
]);

/** Sets `key` to the value, or to null / nothing when the value is missing. */
function put(r: RenderContext, target: JsonRecord, key: string, value: string): void {
  if (value !== '') target[key] = value;
  else if (r.rng.chance(0.5)) target[key] = null;
}

export function jsonRosterRecord(r: RenderContext, p: TruePerson, row: number): JsonRecord {
  const rng = r.rng;
  const name = writeName(rng, p, ROSTER_NAME);
  const swap = rng.chance(F.nameOrderSwap);
  const record: JsonRecord = {
    workerId: `HS-${String(row).padStart(6, '0')}`,
    firstName: swap ? name.surname : name.given,
    lastName: swap ? name.given : name.surname,
  };
  put(r, record, 'dateOfBirth', writeDob(rng, p, 'iso', F));
  record.gender = p.sex === 'F' ? 'female' : 'male';
  record.nationality = p.nationality;
  put(r, record, 'passportNumber', writeRosterPassport(r, p));
  const contact: JsonRecord = {};
  put(
    r,
    contact,
    'mobile',
    p.phone === '' || rng.chance(F.missingPhone) ? '' : formatPhone(r.host, p.phone, PHONE_STYLES.pick(rng)),
  );
  put(r, contact, 'email', p.email);
  record.contact = contact;
  record.placement = {
    employer: employerName(p.employer) || null,
    city: p.place.city,
    district: p.place.district.name,
  };
  return record;
}
