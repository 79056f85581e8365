// generateDataset: the whole synthetic dataset as one ordered stream of events (people and rows,
// each row carrying its true person id), produced household by household so memory stays flat.
// See rates.ts for what the files hold and the rates they are built to.
import { MusterError } from '../../../../shared/errors';
import { DeferredQueue } from './deferred';
import { addDays, daysBetween, formatDate } from './formats';
import { hostCountry, type HostCountry } from './host';
import { ageOn, type SimpleDate, type TruePerson } from './model';
import { Population } from './population';
import { Rng, Weighted } from './random';
import { APPEARANCES } from './rates';
import type { RenderContext } from './files/common';
import { peopleRow } from './files/people';
import { registrationRow, type RegistrationFacts } from './files/registrations';
import { arabicRosterRow } from './files/rosterArabic';
import { frenchRosterRow } from './files/rosterFrench';
import { jsonRosterRecord, type JsonRecord } from './files/rosterJson';
import { tsvRosterRow } from './files/rosterTsv';
import { fileSpecs, type FileSpec, type RowFileId } from './files/spec';

export interface DatasetOptions {
  /** How many true people to generate (each appears in at least one file). */
  people: number;
  /** Any integer from 0 to 2^32 − 1: the same seed always gives the same bytes. */
  seed: number;
  /** ISO code of the country the nationals live in; default LB (Lebanon). */
  hostCountry?: string;
}

export type DatasetEvent =
  /** One line of people.csv. */
  | { readonly kind: 'person'; readonly personId: string; readonly cells: readonly string[] }
  /** One data row of a delimited file; `row` is 1-based, header excluded. */
  | {
      readonly kind: 'row';
      readonly file: Exclude<RowFileId, 'rosterJson'>;
      readonly row: number;
      readonly personId: string;
      readonly cells: readonly string[];
    }
  /** One object of the JSON roster; `row` is its 1-based position in the array. */
  | {
      readonly kind: 'record';
      readonly file: 'rosterJson';
      readonly row: number;
      readonly personId: string;
      readonly record: JsonRecord;
    };

/** Passport numbers stay unique up to here (the smallest passport number space is 10^7). */
export const MAX_PEOPLE = 10_000_000;

const REGISTRATION_START: SimpleDate = { y: 2019, m: 1, d: 1 };
const REGISTRATION_END: SimpleDate = { y: 2025, m: 5, d: 31 };
const MINUTES_PER_DAY = 24 * 60;
const REGISTRATION_MINUTES = (daysBetween(REGISTRATION_START, REGISTRATION_END) + 1) * MINUTES_PER_DAY;

type RosterFile = 'rosterFrench' | 'rosterArabic' | 'rosterJson' | 'rosterTsv';
const AGENCY_CHOICE = new Weighted<RosterFile>([
  ['rosterFrench', APPEARANCES.agencies.french],
  ['rosterArabic', APPEARANCES.agencies.arabic],
  ['rosterJson', APPEARANCES.agencies.json],
  ['rosterTsv', APPEARANCES.agencies.tsv],
]);

export function validateOptions(options: DatasetOptions): void {
  const { people, seed } = options;
  if (!Number.isInteger(people) || people < 1 || people > MAX_PEOPLE) {
    throw new MusterError(
      'INVALID_INPUT',
      `The number of people must be a whole number from 1 to ${MAX_PEOPLE}.`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new MusterError('INVALID_INPUT', 'The seed must be a whole number from 0 to 4294967295.');
  }
}

/** The files a dataset with these options consists of. */
export function datasetFiles(
  options: Pick<DatasetOptions, 'hostCountry'> = {},
): Readonly<Record<FileSpec['id'], FileSpec>> {
  return fileSpecs(hostCountry(options.hostCountry ?? 'LB'));
}

function isRosterWorker(p: TruePerson, householdSize: number): boolean {
  if (p.employer === null) return false;
  if (p.relationship === 'child' || (p.relationship === 'principal' && householdSize > 1)) return false;
  const age = ageOn(p.dob);
  return age >= 20 && age <= 55;
}

export function* generateDataset(options: DatasetOptions): Generator<DatasetEvent, void, undefined> {
  validateOptions(options);
  const host: HostCountry = hostCountry(options.hostCountry ?? 'LB');
  const rng = new Rng(options.seed);
  const salts = { passport: Math.floor(rng.next() * 0x7fffffff), phone: Math.floor(rng.next() * 0x7fffffff) };
  const population = new Population(rng, host, salts, options.people);
  const ctx: RenderContext = { rng, host, population };
  const rows: Record<RowFileId, number> = {
    registrations: 0,
    rosterFrench: 0,
    rosterArabic: 0,
    rosterJson: 0,
    rosterTsv: 0,
  };
  const repeats = new DeferredQueue<TruePerson>();

  // Registration time grows with the position in the file, as the ministry numbers registrations
  // in the order they arrive; a re-registration is due later, so it is dated later.
  const registeredOn = (tick: number) => {
    const minute = Math.floor((Math.min(tick, options.people - 1) / options.people) * REGISTRATION_MINUTES);
    const date = addDays(REGISTRATION_START, Math.floor(minute / MINUTES_PER_DAY));
    const m = minute % MINUTES_PER_DAY;
    const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return { date, text: `${formatDate(date, 'dmy')} ${time}` };
  };
  const reference = (date: SimpleDate) =>
    `${host.code}-${date.y}-${String(rows.registrations + 1).padStart(7, '0')}`;

  function registration(p: TruePerson, facts: RegistrationFacts): DatasetEvent {
    return {
      kind: 'row',
      file: 'registrations',
      row: ++rows.registrations,
      personId: p.id,
      cells: registrationRow(ctx, p, facts),
    };
  }

  function* repeatsDue(tick: number, items: readonly TruePerson[]): Generator<DatasetEvent> {
    for (const p of items) {
      const when = registeredOn(tick);
      yield registration(p, {
        reference: reference(when.date),
        registeredOn: when.text,
        dependantOf: '',
        relationship: '',
        householdPhone: p.phone,
        repeat: true,
      });
    }
  }

  function roster(file: RosterFile, p: TruePerson): DatasetEvent {
    const row = ++rows[file];
    switch (file) {
      case 'rosterJson':
        return { kind: 'record', file, row, personId: p.id, record: jsonRosterRecord(ctx, p, row) };
      case 'rosterFrench':
        return { kind: 'row', file, row, personId: p.id, cells: frenchRosterRow(ctx, p, row) };
      case 'rosterArabic':
        return { kind: 'row', file, row, personId: p.id, cells: arabicRosterRow(ctx, p, row) };
      case 'rosterTsv':
        return { kind: 'row', file, row, personId: p.id, cells: tsvRosterRow(ctx, p) };
    }
  }

  while (population.remaining > 0) {
    const household = population.nextHousehold();
    const principal = household[0] as TruePerson;
    const tick = principal.index;
    yield* repeatsDue(tick, repeats.takeDue(tick));
    for (const p of household) yield { kind: 'person', personId: p.id, cells: peopleRow(host, p) };

    const workers = household.filter(
      (p) => isRosterWorker(p, household.length) && rng.chance(APPEARANCES.rosterWorker),
    );
    const registered = household.filter(
      (p) => !workers.includes(p) || rng.chance(APPEARANCES.rosterAlsoRegistered),
    );

    if (registered.length > 0) {
      // Only a principal lists dependants, and a principal with dependants is never a roster-only worker.
      const when = registeredOn(tick);
      const ref = reference(when.date);
      for (const p of registered) {
        const dependant = p !== principal;
        yield registration(p, {
          reference: dependant ? reference(when.date) : ref,
          registeredOn: when.text,
          dependantOf: dependant ? ref : '',
          relationship: !dependant ? '' : p.relationship === 'spouse' ? 'Spouse' : 'Child',
          householdPhone: principal.phone,
          repeat: false,
        });
        if (p.relationship !== 'child' && rng.chance(APPEARANCES.doubleRegistration)) {
          const times = rng.chance(APPEARANCES.thirdRegistration) ? 2 : 1;
          let due = tick;
          for (let t = 0; t < times; t++) {
            due += rng.int(1, APPEARANCES.maxRepeatDelay);
            repeats.push(due, p);
          }
        }
      }
    }

    for (const p of workers) {
      const first = AGENCY_CHOICE.pick(rng);
      yield roster(first, p);
      if (rng.chance(APPEARANCES.secondRoster)) {
        let second = AGENCY_CHOICE.pick(rng);
        while (second === first) second = AGENCY_CHOICE.pick(rng);
        yield roster(second, p);
      }
    }
  }
  for (const { due, item } of repeats.drain()) yield* repeatsDue(due, [item]);
}
