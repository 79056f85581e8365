// Who an export or a status change is about: the people inside a crisis area (the areas' own "who is
// inside" query), people named by number, or everyone a People search finds.
import { MusterError } from '../../../shared/errors';
import type { Selection } from '../../../shared/exports';
import { getArea } from '../areas/areaStore';
import { peopleColumns } from '../areas/people/peopleColumns';
import { membersInside } from '../areas/query/inside';
import { searchIds } from '../people/search';
import type { JobContext } from '../types';
import type { Vault } from '../vault/vault';
import { chunks } from './personRecords';

export interface Selected {
  /** Record ids (rows of the person table), ascending, each once; merged persons are formed later. */
  ids: number[];
  /** Numbers given that match nobody in the vault. */
  unknown: number;
}

export async function selectPeople(
  vault: Vault,
  selection: Selection,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<Selected> {
  // The People table's own WHERE clause, so the action reaches exactly the people the officer saw counted.
  if ('search' in selection) return { ids: searchIds(vault, selection.search), unknown: 0 };
  if ('areaId' in selection) {
    const area = getArea(vault, selection.areaId);
    const columns = peopleColumns(vault);
    const members = await membersInside(columns, area, ctx);
    return { ids: Array.from(members, (i) => columns.ids[i]!), unknown: 0 };
  }
  const wanted = [...new Set(selection.personIds)].sort((a, b) => a - b);
  const ids: number[] = [];
  for (const chunk of chunks(wanted)) {
    for (const r of vault.query<{ id: number }>(
      `SELECT id FROM person WHERE id IN (${chunk.join(',')}) ORDER BY id`,
    )) {
      ids.push(r.id);
    }
  }
  return { ids, unknown: wanted.length - ids.length };
}

export function requireSomeone(selected: Selected, what: string): void {
  if (selected.ids.length > 0) return;
  throw new MusterError('INVALID_INPUT', `Nobody is in this selection: there is ${what}.`);
}
