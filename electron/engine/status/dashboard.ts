// The crisis cell's dashboard: how many people are in each status overall, inside each crisis area,
// and among those who need help to leave first (special needs, children, elderly).
import {
  PERSON_STATUSES,
  type PersonStatus,
  type StatusCountsByStatus,
  type StatusDashboard,
} from '../../../shared/exports';
import { listAreas } from '../areas/areaStore';
import { ageBandCode, dayNumber } from '../areas/people/breakdowns';
import { peopleColumns } from '../areas/people/peopleColumns';
import { membersInside } from '../areas/query/inside';
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
  // Everyone (placed or not): one pass over the person table joined to its status.
  const rows = vault.query<{ status: PersonStatus; dob: string | null; needs: number; n: number }>(
    `SELECT coalesce(s.status, 'unknown') AS status, substr(p.date_of_birth, 1, 10) AS dob,
            (coalesce(p.special_needs, '') <> '') AS needs, count(*) AS n
     FROM person p LEFT JOIN person_status s ON s.person_id = p.id GROUP BY 1, 2, 3`,
  );
  for (const r of rows) {
    total[r.status] += r.n;
    if (r.needs) vulnerable.specialNeeds[r.status] += r.n;
    const birth = r.dob && /^\d{4}-\d{2}-\d{2}$/.test(r.dob) ? Number(r.dob.replace(/-/g, '')) : 0;
    const band = ageBandCode(birth, day);
    if (band === 0) vulnerable.children[r.status] += r.n;
    if (band === 2) vulnerable.elderly[r.status] += r.n;
  }

  // Areas: the cached columns hold placed people in id order; statuses are merged onto them by id.
  const columns = peopleColumns(vault);
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
    for (let m = 0; m < members.length; m++) counts[PERSON_STATUSES[codes[members[m]!]!]!]++;
    areas.push({ areaId: area.id, name: area.name, counts });
  }
  return { total, areas, vulnerable };
}
