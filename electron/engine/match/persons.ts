// Merged persons: one person's records with the links holding them together and its survivor
// values, and the list of persons with several records.
import type { Database } from 'sql.js';
import type { z } from 'zod';
import type { ClusterListPage, ClusterListQuery, ClusterView, MatchDecision } from '../../../shared/match';
import { MusterError } from '../../../shared/errors';
import { readMatchRecords } from './recordView';
import { eachInChunks, eachRow, scalarOf } from './sql';
import { readSettings } from './state';
import { survivorValues } from './survivorship';

export function personView(db: Database, id: number): ClusterView {
  const personId =
    scalarOf(db, 'SELECT person_id FROM match_cluster WHERE record_id = ?', [id]) ||
    scalarOf(db, 'SELECT id FROM person WHERE id = ?', [id]);
  if (personId === 0) throw new MusterError('NOT_FOUND', `Record ${id} does not exist.`);
  const ids: number[] = [];
  eachRow(db, 'SELECT record_id FROM match_cluster WHERE person_id = ? ORDER BY record_id', [personId], (r) =>
    ids.push(r[0] as number),
  );
  if (ids.length === 0) ids.push(personId);
  const records = [...readMatchRecords(db, ids).values()].sort((a, b) => a.id - b.id);
  const inPerson = new Set(ids);
  const links = new Map<string, ClusterView['links'][number]>();
  eachInChunks(db, 'SELECT left_id, right_id, weight FROM match_pair WHERE left_id IN (#)', ids, (r) => {
    if (!inPerson.has(r[1] as number)) return;
    links.set(`${r[0]}:${r[1]}`, {
      leftId: r[0] as number,
      rightId: r[1] as number,
      weight: r[2] as number,
      decision: null,
    });
  });
  eachInChunks(
    db,
    'SELECT left_id, right_id, decision FROM match_decision WHERE left_id IN (#)',
    ids,
    (r) => {
      if (!inPerson.has(r[1] as number)) return;
      const key = `${r[0]}:${r[1]}`;
      const link = links.get(key);
      if (link) link.decision = r[2] as MatchDecision;
      else
        links.set(key, {
          leftId: r[0] as number,
          rightId: r[1] as number,
          weight: 0,
          decision: r[2] as MatchDecision,
        });
    },
  );
  const policy = readSettings(db).survivorship;
  return {
    personId,
    records,
    links: [...links.values()].sort((a, b) => b.weight - a.weight),
    survivor: survivorValues(records, policy),
    policy,
  };
}

export function personList(db: Database, query: z.output<typeof ClusterListQuery>): ClusterListPage {
  // Persons of a single record are not stored as clusters: the list starts at two records.
  const minSize = Math.max(2, query.minSize);
  const total = scalarOf(
    db,
    'SELECT count(*) FROM (SELECT person_id FROM match_cluster GROUP BY person_id HAVING count(*) >= ?)',
    [minSize],
  );
  const rows: ClusterListPage['rows'] = [];
  eachRow(
    db,
    `SELECT c.person_id, count(*) AS n, p.given_names, p.surname, p.date_of_birth,
       group_concat(DISTINCT q.source)
     FROM match_cluster c JOIN person p ON p.id = c.person_id JOIN person q ON q.id = c.record_id
     GROUP BY c.person_id HAVING n >= ? ORDER BY n DESC, c.person_id LIMIT ? OFFSET ?`,
    [minSize, query.limit, query.offset],
    (r) =>
      rows.push({
        personId: r[0] as number,
        size: r[1] as number,
        given_names: (r[2] as string | null) ?? null,
        surname: (r[3] as string | null) ?? null,
        date_of_birth: (r[4] as string | null) ?? null,
        sources: typeof r[5] === 'string' ? r[5].split(',') : [],
      }),
  );
  return { total, rows };
}
