// A national registered twice, merged into one person by deduplication, is one person in every export:
// one manifest line with the best values of its records, one reference, one message, one count; a
// person whose other record lies outside the area is still selected, once.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { importRows } from '../match/scenario';
import type { MethodParams } from '../../../shared/contract';
import type { Selection } from '../../../shared/exports';
import { openHarness, type Harness } from '../pipeline/harness';
import { csvRows, mergedScenario, type MergedScenario } from './mergedScenario';

let h: Harness;
let out: string;
let areaId: number;
let ids: MergedScenario['ids'];
const plain = { mode: 'plain', confirmed: true } as const;

beforeAll(async () => {
  ({ h, areaId, ids } = await mergedScenario());
  out = tempDir();
});
afterAll(() => h.dispose());

type CsvExport = 'export.manifest' | 'export.contacts' | 'export.aggregate';

/** A plain CSV export written under `name`: the result and the file's rows, header first. */
async function csv<M extends CsvExport>(
  harness: Harness,
  method: M,
  params: Omit<MethodParams<M>, 'path' | 'seal'>,
  name: string,
) {
  const path = join(out, name);
  const result = await harness.call(method, { ...params, path, seal: plain } as MethodParams<M>);
  return { result, rows: csvRows(path) };
}

const manifest = (selection: Selection, name: string, profile?: string) =>
  csv(h, 'export.manifest', { selection, format: 'csv', ...(profile ? { profile } : {}) }, name);

describe('merged persons in exports', () => {
  it('puts each person on the manifest once, with the survivor values of all its records', async () => {
    const mohamed = await h.call('match.cluster', { id: ids.mohamed[0] });
    expect(mohamed.records).toHaveLength(2);
    const civil = await manifest({ areaId }, 'civil.csv', 'civil-protection');
    expect(civil.result).toMatchObject({ people: 3, rows: 3 });
    const [header, ...rows] = (await manifest({ areaId }, 'carrier.csv')).rows;
    const col = (name: string) => header!.indexOf(name);
    const bySurname = new Map(rows.map((r) => [r[col('Surname')], r]));
    expect(rows.map((r) => r[col('Given names')])).toEqual(['Mohammed', 'Rania', 'Maria']);
    // Mohamed's passport and mobile come from his second record; Rania's from her record in Tripoli.
    expect(bySurname.get('El Hassan')![col('Passport number')]).toBe('N0234567');
    expect(bySurname.get('El Hassan')![col('Passport expiry')]).toBe('2031-02-02');
    expect(bySurname.get('El Hassan')![col('Phone')]).toBe('+9613555123');
    expect(bySurname.get('Haddad')![col('Passport number')]).toBe('RL7654321');
    // A record never matched is as it was.
    expect(bySurname.get('Santos')![col('Passport number')]).toBe('P1234567');
  });

  it('gives each person one reference, the same whichever record selects it', async () => {
    const refs = (rows: string[][]) => new Set(rows.slice(1).map((r) => r[1]));
    const byArea = refs((await manifest({ areaId }, 'refs-area.csv', 'civil-protection')).rows);
    const chosen = [ids.rania[1], ids.mohamed[0], ids.mohamed[1]];
    const byRecord = await manifest({ personIds: chosen }, 'refs-record.csv', 'civil-protection');
    expect(byRecord.result.people).toBe(2);
    expect(byArea.size).toBe(3);
    expect([...refs(byRecord.rows)].every((ref) => byArea.has(ref))).toBe(true);
  });

  it('sends one message per person, to the best mobile among its records', async () => {
    const sms = await csv(h, 'export.contacts', { selection: { areaId }, layout: 'sms' }, 'sms.csv');
    expect(
      sms.rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(['+9613123456', '+9613555123', '+9613777777']);
    expect(sms.result).toMatchObject({ people: 3, leftOut: [] });
  });

  it('counts a merged person once in the aggregated figures', async () => {
    const figures = await csv(
      h,
      'export.aggregate',
      { format: 'csv', k: 2, areaIds: [areaId] },
      'figures.csv',
    );
    const [total, ...cells] = figures.rows.slice(2);
    expect(total).toEqual(['Beirut port', 'all', 'all', 'all', '3', '']);
    // One person per cell (all hidden under k = 2): Mohamed's two records did not make a 2.
    expect(cells.map((r) => r.slice(1, 4).join(' '))).toEqual(['LB F 18-59', 'LB M 18-59', 'PH F 18-59']);
    expect(cells.every((r) => r[4] === '' && r[5] === 'yes')).toBe(true);
  });

  it('follows the survivorship policy: changing it changes what the manifest and the check-in show', async () => {
    const given = async () => {
      const [header, ...rows] = (await manifest({ personIds: [ids.mohamed[1]] }, 'policy.csv')).rows;
      return rows.map((r) => r[header!.indexOf('Given names')]);
    };
    const roster = async () =>
      (await h.call('status.roster', { selection: { areaId }, query: 'hassan' })).groups[0]!.members[0]!;
    expect(await given()).toEqual(['Mohammed']);
    expect((await roster()).given_names).toBe('Mohammed');
    // Equally recent records: the first imported is preferred, and its spelling shows.
    await h.call('match.setSurvivorship', { policy: { rule: 'most_recent', sourcePriority: [] } });
    try {
      expect(await given()).toEqual(['Mohamed']);
      expect(await roster()).toMatchObject({ given_names: 'Mohamed', passport_no: 'N0234567' });
    } finally {
      await h.call('match.setSurvivorship', { policy: { rule: 'most_complete', sourcePriority: [] } });
    }
  });
});

describe('a merged person losing a record', () => {
  it('is its remaining record again when the import that brought the other is undone', async () => {
    const u = await openHarness();
    try {
      const registration = {
        given_names: 'Mohamed',
        surname: 'EL-HASSAN',
        date_of_birth: '1988-04-03',
        passport_no: 'N0234567',
        lat: '33.9',
        lon: '35.5',
      };
      const omar = { given_names: 'Omar', surname: 'Khalil', date_of_birth: '1970-01-01' };
      const [kept] = await importRows(u, 'Ministry registrations', [registration, omar]);
      const roster = join(u.dir, 'roster.csv');
      writeFileSync(
        roster,
        'given_names,surname,date_of_birth,phone\nMuhammad,Al Hassan,1988-04-03,+9613555123\n',
      );
      const { batchId } = await u.call('import.run', {
        path: roster,
        source: 'Al Manara roster',
        mapping: {
          columns: {
            given_names: 'given_names',
            surname: 'surname',
            date_of_birth: 'date_of_birth',
            phone: 'phone',
          },
          dateOrder: 'YMD',
          country: 'LB',
        },
      });
      await u.call('match.run', { mode: 'full' });
      await u.call('match.decide', { leftId: kept!, rightId: kept! + 2, decision: 'match' });
      const both = { selection: { personIds: [kept!, kept! + 2] }, format: 'csv' as const };
      expect((await csv(u, 'export.manifest', both, 'before-undo.csv')).result.people).toBe(1);
      await u.call('import.undo', { batchId });
      const one = { selection: { personIds: [kept!] }, format: 'csv' as const };
      const alone = await csv(u, 'export.manifest', one, 'after-undo.csv');
      expect(alone.result.people).toBe(1);
      const [header, row] = alone.rows;
      expect(row![header!.indexOf('Passport number')]).toBe('N0234567');
      expect(row![header!.indexOf('Phone')]).toBe('');
      await u.call('status.set', { selection: { personIds: [kept!] }, status: 'safe' });
      expect((await u.call('status.dashboard', {})).total).toMatchObject({ safe: 1, unknown: 1 });
    } finally {
      await u.dispose();
    }
  });
});
