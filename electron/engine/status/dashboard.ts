// The crisis cell's dashboard: how many people are in each status overall, inside each crisis area,
// and among those who need help to leave first (special needs, children, elderly). A person merged
// from several records counts once.
import {
  PERSON_STATUSES,
  type PersonStatus,
  type StatusCountsByStatus,
  type StatusDashboard,
} from '../../../shared/exports';
import { listAreas } from '../areas/areaStore';
import { ageBandCode, dayNumber } from '../areas/people/breakdowns';
import { birthNumber, peopleColumns } from '../areas/people/peopleColumns';
import { membersInside } from '../areas/query/inside';
import { mergedPersons, personOf, slotOf } from '../people/mergedPersons';
import { forEachPerson, personOverlay } from '../people/personOverlay';
import type { JobContext } from '../types';
import type { Vault } from '../vault/vault';

function emptyCounts(): StatusCountsByStatus {
  return Object.fromEntries(PERSON_STATUSES.map((s) => [s, 0])) as StatusCountsByStatus;
}

const CODE = new Map<PersonStatus, number>(PERSON_STATUSES.map((s, i) => [s, i]));

export async function statusDashboard(
  vault: Vault,
  today: Date,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<StatusDashboard> {
  const total = emptyCounts();
  const vulnerable = { specialNeeds: emptyCounts(), children: emptyCounts(), elderly: emptyCounts() };
  const day = dayNumber(today);
  const count = (status: PersonStatus, birth: number, needs: boolean, n: number) => {
    total[status] += n;
    if (needs) vulnerable.specialNeeds[status] += n;
    const band = ageBandCode(birth, day);
    if (band === 0) vulnerable.children[status] += n;
    if (band === 2) vulnerable.elderly[status] += n;
  };
  // Everyone (placed or not). Records on their own: one grouped pass over the person table joined to
  // its status; merged persons: once each, by their survivor values and their latest status.
  const rows = vault.query<{ status: PersonStatus; dob: string | null; needs: number; n: number }>(
    `SELECT coalesce(s.status, 'unknown') AS status, substr(p.date_of_birth, 1, 10) AS dob,
            (coalesce(p.special_needs, '') <> '') AS needs, count(*) AS n
     FROM person p LEFT JOIN person_status s ON s.person_id = p.id
     WHERE NOT EXISTS (SELECT 1 FROM match_cluster c WHERE c.record_id = p.id) GROUP BY 1, 2, 3`,
  );
  for (const r of rows) count(r.status, birthNumber(r.dob), r.needs === 1, r.n);
  const columns = peopleColumns(vault);
  const persons = personOverlay(vault, columns);
  const personCodes = mergedStatusCodes(vault);
  personCodes.forEach((code, p) =>
    count(PERSON_STATUSES[code]!, persons.birth[p]!, persons.specialNeeds[p] === 1, 1),
  );

  // Areas: the cached columns hold placed records in id order; statuses are merged onto them by id.
  const codes = new Uint8Array(columns.ids.length);
  const statusRows = vault.query<{ person_id: number; status: PersonStatus }>(
    'SELECT person_id, status FROM person_status ORDER BY person_id',
  );
  let k = 0;
  for (const r of statusRows) {
    while (k < columns.ids.length && columns.ids[k]! < r.person_id) k++;
    if (columns.ids[k] === r.person_id) codes[k] = CODE.get(r.status) ?? 0;
  }
  const areas: StatusDashboard['areas'] = [];
  for (const area of listAreas(vault)) {
    const counts = emptyCounts();
    const members = await membersInside(columns, area, ctx);
    forEachPerson(
      persons,
      members,
      (i) => counts[PERSON_STATUSES[codes[i]!]!]++,
      (p) => counts[PERSON_STATUSES[personCodes[p]!]!]++,
    );
    areas.push({ areaId: area.id, name: area.name, counts });
  }
  return { total, areas, vulnerable };
}

/** The status of each merged person (by slot): the one set last on any of its records. */
function mergedStatusCodes(vault: Vault): Uint8Array {
  const merged = mergedPersons(vault);
  const codes = new Uint8Array(merged.persons.length);
  const latest: string[] = new Array<string>(merged.persons.length).fill('');
  const rows = vault.query<{ record: number; status: PersonStatus; at: string }>(
    `SELECT s.person_id AS record, s.status, s.at FROM person_status s
     JOIN match_cluster c ON c.record_id = s.person_id`,
  );
  for (const r of rows) {
    const p = slotOf(merged, personOf(merged, r.record));
    if (p < 0 || r.at <= latest[p]!) continue;
    latest[p] = r.at;
    codes[p] = CODE.get(r.status) ?? 0;
  }
  return codes;
}
