// Two nationals each registered twice and merged by deduplication, beside people never matched: the
// vault the merged-person tests of exports and crisis status share.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { openHarness, peopleAtBeirutPort, type Harness } from '../pipeline/harness';

export interface MergedScenario {
  h: Harness;
  areaId: number;
  /** Record ids: Maria; Mohamed twice (both inside the area); Rania inside and in Tripoli; Omar outside. */
  ids: { maria: number; mohamed: [number, number]; rania: [number, number]; omar: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function mergedScenario(): Promise<MergedScenario> {
  const h = await openHarness();
  const areaId = await peopleAtBeirutPort(h, [
    'Ref,Name,Surname,Sex,Date of birth,Nationality,Passport,Passport expiry,Phone,Email,Latitude,Longitude',
    'A1,Maria,Santos,F,1980-01-01,PH,P1234567,2030-05-01,+9613123456,maria@example.org,33.90,35.50',
    'A2,Mohamed,EL-HASSAN,M,1988-04-03,LB,,,+9611123456,,33.86,35.46',
    'A3,Mohammed,El Hassan,M,1988-04-03,LB,N0234567,2031-02-02,+9613555123,mohamed@example.org,33.87,35.47',
    'A4,Rania,Haddad,F,1990-03-03,LB,,,,,33.85,35.45',
    'A5,Rania,Haddad,F,1990-03-03,LB,RL7654321,2029-09-09,+9613777777,,34.40,36.00',
    'A6,Omar,Khalil,M,1985-07-07,LB,RL2222222,2029-09-09,+9613999999,,34.41,36.01',
  ]);
  const found = await h.call('people.search', { query: '', limit: 10, sort: 'updated_at' });
  const all = found.rows.map((r) => r.id).sort((a, b) => a - b);
  expect(all).toHaveLength(6);
  const ids: MergedScenario['ids'] = {
    maria: all[0]!,
    mohamed: [all[1]!, all[2]!],
    rania: [all[3]!, all[4]!],
    omar: all[5]!,
  };
  // Statuses set on Rania's two records before they are known to be one person: the later one holds.
  await h.call('status.set', { selection: { personIds: [ids.rania[0]] }, status: 'safe' });
  await sleep(5);
  await h.call('status.set', { selection: { personIds: [ids.rania[1]] }, status: 'needs_assistance' });
  await h.call('match.run', { mode: 'full' });
  for (const [a, b] of [ids.mohamed, ids.rania])
    await h.call('match.decide', { leftId: a, rightId: b, decision: 'match' });
  return { h, areaId, ids };
}

/** Rows of an exported CSV (after its BOM). */
export function csvRows(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1).trim(), { newline: '\r\n' }).data;
}
