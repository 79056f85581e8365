// `muster dedupe` and `muster clusters`: the run's figures printed, one CSV row per record.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliVault, runMuster } from './runCli';

const env = { MUSTER_OPERATOR: 'Officer Test', MUSTER_PASSPHRASE: 'correct horse battery staple' };
const muster = (argv: string[]) => runMuster(argv, env);

let dir: string;
let vault: string;
beforeAll(async () => {
  ({ dir, vault } = await initCliVault('muster-cli-dedupe-', env));
  const registry = join(dir, 'registry.csv');
  writeFileSync(
    registry,
    [
      'Reference,Given names,Surname,Date of birth,Passport No.,Mobile',
      'R1,Mohamed,EL-HASSAN,03/04/1988,N0234567,03 555 123',
      'R2,Maria,Santos,12/03/1990,P1111111,03 700 001',
      'R3,Maria,Santos,30/07/1985,P2222222,03 700 002',
    ].join('\n') + '\n',
  );
  const roster = join(dir, 'roster.csv');
  writeFileSync(roster, 'No.,Full name,Date of birth,Passport\n1,Muhammad Al Hassan,1988-04-03,N0234567\n');
  for (const [file, source] of [
    [registry, 'Registry'],
    [roster, 'Roster'],
  ] as const) {
    const r = await muster(['import', vault, file, '--source', source, '--country', 'LB']);
    if (r.code !== 0) throw new Error(r.err);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('muster dedupe', () => {
  it('prints pairs compared, links, clusters and the review count as JSON', async () => {
    const r = await muster(['dedupe', vault, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ mode: 'full', records: 4, mergedClusters: 1, clusters: 3 });
    expect(summary.pairsCompared).toBeGreaterThanOrEqual(1);
    expect(summary.links).toBeGreaterThanOrEqual(1);
    expect(typeof summary.review).toBe('number');
  });

  it('runs incrementally next time, and prints a readable summary', async () => {
    const r = await muster(['dedupe', vault]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mode\s+incremental \(0 new of/);
    expect(r.out).toMatch(/pairs compared\s+0/);
    expect(r.out).toMatch(/clusters\s+3 \(1 with several records\)/);
    expect(r.out).not.toMatch(/Hassan|Santos/);
  });
});

describe('muster clusters', () => {
  it('writes one row per source record with its person', async () => {
    const out = join(dir, 'clusters.csv');
    const r = await muster(['clusters', vault, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^4 records written/);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('source,source_key,person_id');
    const rows = lines.slice(1).map((l) => l.split(','));
    const person = (source: string, key: string) => rows.find((x) => x[0] === source && x[1] === key)?.[2];
    expect(person('Registry', 'R1')).toBe(person('Roster', '1'));
    expect(person('Registry', 'R2')).not.toBe(person('Registry', 'R3'));
  });

  it('refuses a missing --out as a usage error', async () => {
    const r = await muster(['clusters', vault]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out/);
  });
});
