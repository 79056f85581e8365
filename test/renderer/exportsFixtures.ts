// Canned answers of the status, roster and export methods for the Exports screens' component tests.
import type {
  ExportResult,
  PersonStatus,
  RosterPerson,
  RosterResult,
  StatusCountsByStatus,
  StatusDashboard,
} from '../../shared/exports';
import { FIELD_CHOICES } from '../../electron/engine/exports/profileStore';
import { PROFILES } from '../../electron/engine/exports/profiles';
import type { FakeMuster } from './fakeMuster';
import { makeArea } from './map/mapFixtures';

export function counts(overrides: Partial<StatusCountsByStatus> = {}): StatusCountsByStatus {
  return { unknown: 0, contacted: 0, safe: 0, needs_assistance: 0, evacuated: 0, missing: 0, ...overrides };
}

export function makeDashboard(): StatusDashboard {
  return {
    total: counts({ unknown: 120, contacted: 60, safe: 30, needs_assistance: 6, evacuated: 12, missing: 2 }),
    areas: [{ areaId: 1, name: 'Port district', counts: counts({ unknown: 40, contacted: 10, safe: 5 }) }],
    vulnerable: {
      specialNeeds: counts({ unknown: 3, needs_assistance: 2 }),
      children: counts({ unknown: 20, safe: 4 }),
      elderly: counts({ unknown: 9, evacuated: 1 }),
    },
  };
}

export function makeResult(overrides: Partial<ExportResult> = {}): ExportResult {
  return {
    path: '/home/officer/out/manifest-port-district.csv.age',
    profile: 'carrier-manifest',
    people: 55,
    rows: 55,
    leftOut: [],
    suppressed: 0,
    sealed: 'passphrase',
    sha256: 'ab'.repeat(32),
    bytes: 4096,
    ...overrides,
  };
}

export function rosterPerson(
  id: number,
  given: string,
  surname: string,
  status: PersonStatus = 'unknown',
): RosterPerson {
  return {
    id,
    surname,
    given_names: given,
    full_name: null,
    date_of_birth: '1988-04-03',
    sex: 'F',
    passport_no: `P${id}00000`,
    special_needs: null,
    status,
  };
}

/** A roster of two households whose statuses the fake keeps, so marks and undos show. */
export function installRoster(fake: FakeMuster): Map<number, PersonStatus> {
  const people = [
    rosterPerson(1, 'Maria', 'Santos'),
    rosterPerson(2, 'Juan', 'Santos'),
    rosterPerson(3, 'Rania', 'Haddad'),
  ];
  const statuses = new Map<number, PersonStatus>(people.map((p) => [p.id, p.status]));
  fake.handle('status.roster', ({ query, notBoardedOnly }): RosterResult => {
    const now = people.map((p) => ({ ...p, status: statuses.get(p.id)! }));
    const shown = now.filter(
      (p) =>
        (!notBoardedOnly || p.status !== 'evacuated') &&
        (!query || `${p.given_names} ${p.surname}`.toLowerCase().includes(query.toLowerCase().trim())),
    );
    const groups = [
      { group: 1, members: shown.filter((p) => p.id === 3) },
      { group: 2, members: shown.filter((p) => p.id !== 3) },
    ].filter((g) => g.members.length > 0);
    return {
      total: now.length,
      boarded: now.filter((p) => p.status === 'evacuated').length,
      matching: shown.length,
      households: groups.length,
      groups,
    };
  });
  fake.handle('status.set', ({ selection, status, onlyFrom }) => {
    const ids = 'personIds' in selection ? selection.personIds : [];
    let changed = 0;
    for (const id of ids) {
      if (onlyFrom && !onlyFrom.includes(statuses.get(id)!)) continue;
      statuses.set(id, status);
      changed++;
    }
    return { selected: ids.length, changed, unchanged: ids.length - changed };
  });
  return statuses;
}

export function installExportsEngine(fake: FakeMuster): void {
  fake.handle('area.list', () => [makeArea()]);
  fake.handle('assembly.list', () => []);
  fake.handle('status.dashboard', () => makeDashboard());
  fake.handle('export.profiles', () => [...PROFILES]);
  fake.handle('profile.fields', () => FIELD_CHOICES);
  fake.handle('addressBook.list', () => []);
}
