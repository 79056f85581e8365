// people.csv: each person's true, clean attributes, the yardstick for importers and the matcher.
import { e164 } from '../formats';
import type { HostCountry } from '../host';
import { employerName, givenNames, surname, type TruePerson } from '../model';
import { formatDate } from '../formats';

export function peopleRow(host: HostCountry, p: TruePerson): string[] {
  return [
    p.id,
    p.householdId,
    p.relationship,
    p.origin.id,
    p.nationality,
    givenNames(p),
    surname(p),
    p.sex,
    formatDate(p.dob, 'iso'),
    p.passport,
    e164(host, p.phone),
    p.email,
    p.place.city,
    p.place.district.name,
    p.place.governorate,
    p.address,
    p.lat.toFixed(5),
    p.lon.toFixed(5),
    employerName(p.employer),
    p.specialNeeds,
    p.namesakeOf,
  ];
}
