// An evacuation manifest: the selected people grouped by household (a household travels together and
// shares a group number), with the fields a carrier and border control need, cut to the profile.
import type { PartnerProfile } from '../../../shared/exports';
import { ageBandCode, dayNumber } from '../areas/people/breakdowns';
import { birthNumber } from '../areas/people/peopleColumns';
import type { ExportPerson } from './personRecords';
import { allowedColumns } from './profiles';
import type { Cell } from './safeCells';
import type { Table } from './table';

const AGE_BANDS = ['0-17', '18-59', '60+', 'unknown'] as const;

interface ManifestRow {
  person: ExportPerson;
  group: number;
  householdSize: number;
  /** Children travelling with this person; counted once, on the household's lead row. */
  dependants: number | null;
  ageBand: (typeof AGE_BANDS)[number];
}

interface Column {
  field: string;
  header: string;
  value: (row: ManifestRow, ref: (id: number) => string) => Cell;
}

const COLUMNS: readonly Column[] = [
  { field: 'group', header: 'Group', value: (r) => r.group },
  { field: 'ref', header: 'Reference', value: (r, ref) => ref(r.person.id) },
  { field: 'surname', header: 'Surname', value: (r) => r.person.surname ?? surnameFallback(r.person) },
  { field: 'given_names', header: 'Given names', value: (r) => r.person.given_names },
  { field: 'date_of_birth', header: 'Date of birth', value: (r) => r.person.date_of_birth },
  { field: 'age_band', header: 'Age band', value: (r) => r.ageBand },
  { field: 'sex', header: 'Sex', value: (r) => r.person.sex },
  { field: 'nationality', header: 'Nationality', value: (r) => r.person.nationality },
  // A missing passport is written as a visible gap, so the carrier asks for another document.
  { field: 'passport_no', header: 'Passport number', value: (r) => r.person.passport_no ?? 'NONE' },
  { field: 'passport_expiry', header: 'Passport expiry', value: (r) => r.person.passport_expiry },
  { field: 'phone', header: 'Phone', value: (r) => r.person.phone ?? r.person.phone_alt },
  { field: 'household_size', header: 'Household size', value: (r) => r.householdSize },
  { field: 'dependants', header: 'Dependants', value: (r) => r.dependants },
  { field: 'special_needs', header: 'Special needs', value: (r) => r.person.special_needs },
  { field: 'status', header: 'Status', value: (r) => r.person.status },
  // Boarded people already carry the mark; the carrier ticks the others at the door.
  { field: 'checked_in', header: 'Checked in', value: (r) => (r.person.status === 'evacuated' ? 'yes' : '') },
];

export const MANIFEST_FIELDS: readonly string[] = COLUMNS.map((c) => c.field);

/** When only a full name was imported, it goes in the surname column rather than nowhere. */
function surnameFallback(p: ExportPerson): string | null {
  return p.given_names === null ? p.full_name : null;
}

// Case and accents ignored ("Élise" beside "Elise"), then plain code-point order: several times
// cheaper than a collator over 100k households.
function sortKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Households in order of their lead's surname; inside one, adults before children, then by birth.
 * People without a household key travel as a household of one.
 */
export function groupByHousehold(people: readonly ExportPerson[], today: Date): ManifestRow[] {
  const day = dayNumber(today);
  const households = new Map<string, ExportPerson[]>();
  for (const p of people) {
    const key = p.household_key ? `h:${p.household_key}` : `p:${p.id}`;
    const members = households.get(key);
    if (members) members.push(p);
    else households.set(key, [p]);
  }
  // Computed once per person: the comparators below run n·log n times.
  const band = new Map(people.map((p) => [p.id, ageBandCode(birthNumber(p.date_of_birth), day)]));
  const isChild = (p: ExportPerson) => Number(band.get(p.id) === 0);
  const groups = [...households.values()].map((members) =>
    members.length === 1
      ? members
      : members.sort(
          (a, b) =>
            isChild(a) - isChild(b) ||
            (a.date_of_birth ?? '').localeCompare(b.date_of_birth ?? '') ||
            a.id - b.id,
        ),
  );
  const keyed = groups.map((members) => ({
    members,
    name: sortKey(members[0]!.surname ?? members[0]!.full_name ?? ''),
  }));
  keyed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.members[0]!.id - b.members[0]!.id));

  const rows: ManifestRow[] = [];
  keyed.forEach(({ members }, g) => {
    const children = members.filter((p) => band.get(p.id) === 0).length;
    members.forEach((person, i) => {
      const code = band.get(person.id)!;
      rows.push({
        person,
        group: g + 1,
        householdSize: members.length,
        dependants: i === 0 ? (code === 0 ? children - 1 : children) : null,
        ageBand: AGE_BANDS[code]!,
      });
    });
  });
  return rows;
}

export function manifestTable(
  people: readonly ExportPerson[],
  profile: PartnerProfile,
  ref: (id: number) => string,
  today: Date,
): Table {
  const columns = allowedColumns(profile, COLUMNS);
  const rows = groupByHousehold(people, today).map((row) => columns.map((c) => c.value(row, ref)));
  return { title: 'Manifest', header: columns.map((c) => c.header), rows };
}
