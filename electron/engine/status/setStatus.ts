// Bulk status changes ("everyone inside the port area is now contacted"). Each change keeps a history
// row (before, after, when, who) and the whole change is one journalled transaction with one audit
// entry carrying counts only. People whose status would not change are left alone (no history noise).
// A person merged from several records has one status: a change is written on every record of each
// selected person, so whichever record is looked at later shows it.
import type { PersonStatus, Selection, StatusSetResult } from '../../../shared/exports';
import { recordAudit } from '../audit/audit';
import { chunks } from '../exports/personRecords';
import { selectPeople } from '../exports/selection';
import {
  mergedPersons,
  personOf,
  recordsOf,
  recordsOfPersons,
  toPersons,
  type MergedPersons,
} from '../people/mergedPersons';
import type { JobContext } from '../types';
import type { Vault } from '../vault/vault';

export interface StatusChange {
  selection: Selection;
  status: PersonStatus;
  onlyFrom?: PersonStatus[] | undefined;
}

export async function setStatus(
  vault: Vault,
  actor: { operator: string; now: () => Date },
  change: StatusChange,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<StatusSetResult> {
  const selected = await selectPeople(vault, change.selection, ctx);
  const merged = mergedPersons(vault);
  const persons = toPersons(merged, selected.ids);
  const current = statusesOf(vault, merged, persons);
  const from = change.onlyFrom ? new Set(change.onlyFrom) : null;
  let changed = 0;
  const writing: number[] = [];
  for (const id of persons) {
    const before = current.persons.get(id) ?? 'unknown';
    if (before !== change.status) {
      if (from !== null && !from.has(before)) continue;
      changed++;
    }
    // A record still showing what was set on it before the merge follows its person.
    const own = recordsOf(merged, id);
    for (let i = 0; i < own.length; i++)
      if ((current.records.get(own[i]!) ?? 'unknown') !== change.status) writing.push(own[i]!);
  }
  writing.sort((a, b) => a - b);
  const at = actor.now();
  const stamp = at.toISOString();
  const statements = [];
  for (const chunk of chunks(writing)) {
    const list = chunk.join(',');
    statements.push({
      sql: `INSERT INTO person_status_history (person_id, before, after, at, operator)
            SELECT p.id, coalesce(s.status, 'unknown'), ?, ?, ? FROM person p
            LEFT JOIN person_status s ON s.person_id = p.id WHERE p.id IN (${list}) ORDER BY p.id`,
      params: [change.status, stamp, actor.operator],
    });
    statements.push({
      sql: `INSERT INTO person_status (person_id, status, at, operator)
            SELECT id, ?, ?, ? FROM person WHERE id IN (${list})
            ON CONFLICT (person_id) DO UPDATE SET status = excluded.status, at = excluded.at, operator = excluded.operator`,
      params: [change.status, stamp, actor.operator],
    });
  }
  if (statements.length > 0) await vault.mutate(statements);
  const where = 'areaId' in change.selection ? `area ${change.selection.areaId}` : 'chosen people';
  await recordAudit(vault, {
    operator: actor.operator,
    action: 'status.set',
    object: `${where} → ${change.status}`,
    counts: { selected: persons.length, changed },
    at,
  });
  return { selected: persons.length, changed, unchanged: persons.length - changed };
}

/**
 * Statuses of `personIds` and of their records, the unknown left out: a person's is the one set last
 * on any of its records (records merged after their statuses were set may disagree).
 */
function statusesOf(
  vault: Vault,
  merged: MergedPersons,
  personIds: readonly number[],
): { persons: Map<number, PersonStatus>; records: Map<number, PersonStatus> } {
  const persons = new Map<number, PersonStatus>();
  const records = new Map<number, PersonStatus>();
  const setAt = new Map<number, string>();
  for (const chunk of chunks(recordsOfPersons(merged, personIds))) {
    const rows = vault.query<{ person_id: number; status: PersonStatus; at: string }>(
      `SELECT person_id, status, at FROM person_status WHERE person_id IN (${chunk.join(',')})`,
    );
    for (const r of rows) {
      records.set(r.person_id, r.status);
      const person = personOf(merged, r.person_id);
      if (r.at <= (setAt.get(person) ?? '')) continue;
      setAt.set(person, r.at);
      persons.set(person, r.status);
    }
  }
  for (const [person, status] of persons) if (status === 'unknown') persons.delete(person);
  return { persons, records };
}

/** The status of each person (ids as exportPeople gives them) that is not unknown. */
export function currentStatuses(vault: Vault, personIds: readonly number[]): Map<number, PersonStatus> {
  return statusesOf(vault, mergedPersons(vault), personIds).persons;
}

/**
 * The person's history, whichever of its records is asked about: the changes of all its records in
 * time order, as the person showed them (a change written on several records at once is one entry;
 * a record catching up with its person is none).
 */
export function statusHistory(
  vault: Vault,
  personId: number,
): { before: PersonStatus; after: PersonStatus; at: string; operator: string }[] {
  const merged = mergedPersons(vault);
  const records = recordsOfPersons(merged, [personOf(merged, personId)]);
  const rows = vault.query<{ after: PersonStatus; at: string; operator: string }>(
    `SELECT after, at, operator FROM person_status_history WHERE person_id IN (${records.join(',')})
     ORDER BY at, id`,
  );
  const out: ReturnType<typeof statusHistory> = [];
  let shown: PersonStatus = 'unknown';
  for (const r of rows) {
    if (r.after === shown) continue;
    out.push({ before: shown, after: r.after, at: r.at, operator: r.operator });
    shown = r.after;
  }
  return out;
}
