// Builds the true population one household at a time: a principal, and sometimes a spouse and
// children whose names follow their tradition's family naming. Only a small ring of recent
// principals is remembered (for namesakes), so a million people never sit in memory.
import { COUNTRIES, fillPattern, patternSpace } from './countries';
import { addDays } from './formats';
import type { HostCountry, Place } from './host';
import {
  AS_OF,
  ageOn,
  personId,
  type Employer,
  type GivenPart,
  type Relationship,
  type SimpleDate,
  type TruePerson,
} from './model';
import { forSex, type NameForm, type Sex } from './names/nameForm';
import { ORIGIN_CHOICE, type Origin } from './origins';
import { POPULATION } from './rates';
import { scramble, type Rng } from './random';
import { stripAccents } from './variation';

const NEEDS = [
  'Wheelchair user',
  'Insulin-dependent diabetes',
  'Pregnant',
  'Dialysis three times a week',
  'Blind',
  'Severe asthma',
  'Needs oxygen at night',
  'Heart condition, on medication',
];
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];
const RECENT_PRINCIPALS = 256;

interface Remembered {
  readonly person: TruePerson;
  /** Surname parts before the feminine form was applied, for a namesake's spouse. */
  readonly baseSurname: readonly NameForm[];
}

interface Adult {
  person: TruePerson;
  base: readonly NameForm[];
}

const opposite = (sex: Sex): Sex => (sex === 'F' ? 'M' : 'F');

export class Population {
  private nextIndex = 0;
  private households = 0;
  private phoneSlots = 0;
  private readonly recent: Remembered[] = [];
  private recentPos = 0;

  constructor(
    private readonly rng: Rng,
    private readonly host: HostCountry,
    /** Drawn from the seed: shift passport and phone numbers so seeds do not share them. Two
     * separate ones, or a person's phone would end in the same digits as their passport. */
    private readonly salts: { readonly passport: number; readonly phone: number },
    private readonly total: number,
  ) {}

  get remaining(): number {
    return this.total - this.nextIndex;
  }

  /** A fresh fake mobile number (also used when someone re-registers with a new one). */
  newPhone(): string {
    return this.host.mobileNumber(scramble(this.phoneSlots++, this.host.mobileSpace, this.salts.phone));
  }

  nextHousehold(): TruePerson[] {
    const rng = this.rng;
    const householdId = `H${String(++this.households).padStart(7, '0')}`;
    const template = this.recent.length > 0 && rng.chance(POPULATION.namesake) ? rng.pick(this.recent) : null;
    const origin = template?.person.origin ?? ORIGIN_CHOICE.pick(rng);
    const nationality = template?.person.nationality ?? origin.nationalities.pick(rng);
    const place = template?.person.place ?? this.host.places.pick(rng);
    const home = this.drawHome(place);
    const withDependants = this.remaining >= 2 && rng.chance(POPULATION.householdWithDependants);

    const sex = template?.person.sex ?? (rng.chance(origin.femaleShare) ? 'F' : 'M');
    const base = template?.baseSurname ?? this.drawSurname(origin, sex);
    const dob = this.drawAdultDob(withDependants, template?.person.dob);
    const principal = this.makePerson({
      householdId,
      relationship: 'principal',
      origin,
      nationality,
      sex,
      given: template?.person.given ?? this.drawGiven(origin, sex, null),
      surname: base.map((s) => forSex(s, sex)),
      dob,
      phone: this.newPhone(),
      home,
      employer: this.drawEmployer(withDependants ? 'parent' : 'single'),
      namesakeOf: template?.person.id ?? '',
    });
    if (!template) this.remember({ person: principal, baseSurname: base });
    const people = [principal];
    if (!withDependants) return people;

    const adults: Adult[] = [{ person: principal, base }];
    if (rng.chance(POPULATION.spouse)) {
      const spouseSex = opposite(sex);
      const spouseBase = origin.family === 'shared' ? base : this.drawSurname(origin, spouseSex);
      const spouseAge = Math.max(19, ageOn(dob) + rng.int(-8, 8));
      const spouse = this.makePerson({
        householdId,
        relationship: 'spouse',
        origin,
        nationality,
        sex: spouseSex,
        given: this.drawGiven(origin, spouseSex, null),
        surname: spouseBase.map((s) => forSex(s, spouseSex)),
        dob: this.dobAtAge(spouseAge),
        phone: rng.chance(POPULATION.spouseOwnPhone) ? this.newPhone() : principal.phone,
        home,
        employer: this.drawEmployer('spouse'),
        namesakeOf: '',
      });
      adults.push({ person: spouse, base: spouseBase });
      people.push(spouse);
    }
    const children = adults.length === 2 ? rng.pick([0, 1, 1, 2, 2, 2, 3]) : rng.int(1, 2);
    const youngestParentAge = Math.min(...adults.map((a) => ageOn(a.person.dob)));
    for (let c = 0; c < children && this.remaining > 0; c++) {
      people.push(this.makeChild(householdId, origin, nationality, home, adults, youngestParentAge));
    }
    return people;
  }

  private makeChild(
    householdId: string,
    origin: Origin,
    nationality: TruePerson['nationality'],
    home: Home,
    adults: readonly Adult[],
    parentAge: number,
  ): TruePerson {
    const rng = this.rng;
    const sex: Sex = rng.chance(0.5) ? 'F' : 'M';
    const father = adults.find((a) => a.person.sex === 'M') ?? null;
    const mother = adults.find((a) => a.person.sex === 'F') ?? null;
    const fatherGiven = father ? mainGiven(father.person) : null;
    const parentBase = (father ?? mother ?? (adults[0] as Adult)).base;
    let surname: readonly NameForm[];
    switch (origin.family) {
      case 'patronymic':
        surname = [fatherGiven ?? rng.pick(origin.given.M)];
        break;
      case 'spanish':
        surname =
          father && mother
            ? [father.base[0] as NameForm, mother.base[0] as NameForm].filter(
                (s, i, all) => all.indexOf(s) === i,
              )
            : parentBase;
        break;
      default:
        surname = parentBase.map((s) => forSex(s, sex));
    }
    const maxAge = Math.max(0, Math.min(17, parentAge - 18));
    return this.makePerson({
      householdId,
      relationship: 'child',
      origin,
      nationality,
      sex,
      given: this.drawGiven(origin, sex, fatherGiven),
      surname,
      dob: this.dobAtAge(rng.int(0, maxAge)),
      phone: '',
      home,
      employer: null,
      namesakeOf: '',
    });
  }

  private makePerson(a: {
    householdId: string;
    relationship: Relationship;
    origin: Origin;
    nationality: TruePerson['nationality'];
    sex: Sex;
    given: readonly GivenPart[];
    surname: readonly NameForm[];
    dob: SimpleDate;
    phone: string;
    home: Home;
    employer: Employer | null;
    namesakeOf: string;
  }): TruePerson {
    const rng = this.rng;
    const index = this.nextIndex++;
    const adult = a.relationship !== 'child';
    const pattern = COUNTRIES[a.nationality].passportPattern;
    const age = ageOn(a.dob);
    let specialNeeds = '';
    if (rng.chance(POPULATION.specialNeeds)) {
      specialNeeds = age >= 70 && a.relationship === 'principal' ? 'Elderly, lives alone' : rng.pick(NEEDS);
      if (specialNeeds === 'Pregnant' && (a.sex === 'M' || age < 18 || age > 45))
        specialNeeds = 'Severe asthma';
    }
    const email = adult && rng.chance(POPULATION.email) ? this.drawEmail(index, a.given, a.surname) : '';
    return {
      index,
      id: personId(index),
      householdId: a.householdId,
      relationship: a.relationship,
      origin: a.origin,
      nationality: a.nationality,
      sex: a.sex,
      given: a.given,
      surname: a.surname,
      dob: a.dob,
      passport: fillPattern(pattern, scramble(index, patternSpace(pattern), this.salts.passport)),
      phone: a.phone,
      email,
      place: a.home.place,
      address: a.home.address,
      lat: a.home.lat,
      lon: a.home.lon,
      employer: a.employer,
      specialNeeds,
      namesakeOf: a.namesakeOf,
    };
  }

  private remember(entry: Remembered): void {
    if (this.recent.length < RECENT_PRINCIPALS) this.recent.push(entry);
    else this.recent[this.recentPos] = entry;
    this.recentPos = (this.recentPos + 1) % RECENT_PRINCIPALS;
  }

  private drawGiven(origin: Origin, sex: Sex, fatherGiven: NameForm | null): GivenPart[] {
    const rng = this.rng;
    const parts: GivenPart[] = [];
    const prefix = origin.givenPrefix?.[sex];
    if (prefix && rng.chance(prefix.p)) parts.push({ form: prefix.form, optional: true });
    parts.push({ form: rng.pick(origin.given[sex]) });
    const second = origin.secondGiven;
    if (second && rng.chance(second.p)) {
      parts.push({ form: second.fathersName && fatherGiven ? fatherGiven : rng.pick(second.pool[sex]) });
    }
    return parts;
  }

  /** Surname parts in their base (masculine) form. */
  private drawSurname(origin: Origin, sex: Sex): NameForm[] {
    const rng = this.rng;
    const own = origin.surnamesBySex?.[sex];
    const first = own && rng.chance(0.5) ? rng.pick(own) : rng.pick(origin.surnames);
    if (origin.doubleSurname !== undefined && rng.chance(origin.doubleSurname)) {
      const second = rng.pick(origin.surnames);
      if (second !== first) return [first, second];
    }
    return [first];
  }

  private drawAdultDob(hasDependants: boolean, avoid: SimpleDate | undefined): SimpleDate {
    const rng = this.rng;
    for (;;) {
      const age =
        !hasDependants && rng.chance(POPULATION.elderly)
          ? rng.int(60, 85)
          : (hasDependants ? 25 : 20) + Math.floor(Math.pow(rng.next(), 1.4) * (hasDependants ? 31 : 40));
      const dob = this.dobAtAge(age);
      // A namesake must be told apart by something: never the same birth date as the person copied.
      if (!avoid || dob.y !== avoid.y || dob.m !== avoid.m || dob.d !== avoid.d) return dob;
    }
  }

  private dobAtAge(age: number): SimpleDate {
    return addDays(AS_OF, -(Math.floor(age * 365.25) + this.rng.int(1, 364)));
  }

  private drawEmployer(role: 'single' | 'parent' | 'spouse'): Employer | null {
    const rng = this.rng;
    const r = rng.next();
    const [household, company] =
      role === 'single' ? [0.5, 0.3] : role === 'parent' ? [0.2, 0.45] : [0.2, 0.3];
    if (r < household) return { kind: 'household', family: rng.pick(this.host.families) };
    if (r < household + company) return { kind: 'company', name: rng.pick(this.host.companies) };
    return null;
  }

  private drawEmail(index: number, given: readonly GivenPart[], sur: readonly NameForm[]): string {
    const rng = this.rng;
    const g = asciiWord(mainGivenOf(given).latin);
    const s = asciiWord((sur[0] as NameForm).latin);
    const domain = rng.pick(EMAIL_DOMAINS);
    // The person number keeps addresses unique, as real ones are, even between namesakes.
    const n = index + 1;
    switch (rng.int(0, 3)) {
      case 0:
        return `${g}.${s}${n}@${domain}`;
      case 1:
        return `${g}${s}${n}@${domain}`;
      case 2:
        return `${g.slice(0, 1)}${s}${n}@${domain}`;
      default:
        return `${s}.${g}${n}@${domain}`;
    }
  }

  private drawHome(place: Place): Home {
    const rng = this.rng;
    const building = rng.chance(0.5)
      ? `Bldg ${rng.int(1, 120)}`
      : `${rng.pick(this.host.families).latin} Bldg`;
    const floor = rng.int(0, 12);
    return {
      place,
      address: `${building}, ${rng.pick(place.streets)}, ${floor === 0 ? 'Ground floor' : `Floor ${floor}`}`,
      lat: Number((place.lat + (rng.next() - 0.5) * 0.04).toFixed(5)),
      lon: Number((place.lon + (rng.next() - 0.5) * 0.04).toFixed(5)),
    };
  }
}

interface Home {
  readonly place: Place;
  readonly address: string;
  readonly lat: number;
  readonly lon: number;
}

function mainGivenOf(given: readonly GivenPart[]): NameForm {
  return (given.find((g) => !g.optional) ?? (given[0] as GivenPart)).form;
}

function mainGiven(p: TruePerson): NameForm {
  return mainGivenOf(p.given);
}

function asciiWord(value: string): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
