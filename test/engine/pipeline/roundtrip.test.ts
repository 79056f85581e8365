// Generated registrations and rosters through the whole import: every row accounted for, re-import
// updates instead of duplicating, undo reverts, cancel leaves the vault as it was.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../shared/imports';
import type { PersonField } from '../../../shared/person';
import { folderSnapshot } from '../helpers';
import { generated, openHarness, type Harness } from './harness';

const EXTRA: Record<string, Record<string, PersonField>> = {
  // Headers the suggestions leave open, mapped as an officer would in the wizard.
  'roster-phoenicia-home.tsv': { Worker: 'full_name', Location: 'city' },
  'registrations.csv': { District: 'admin1', 'Dependants of': 'household_key' },
};

let h: Harness;
let data: string;
beforeAll(async () => {
  h = await openHarness();
  data = await generated(1500);
});
afterAll(() => h.dispose());

async function mappingFor(path: string, name: string): Promise<ImportMapping> {
  const preview = await h.call('import.preview', { path });
  return { ...preview.mapping, columns: { ...preview.mapping.columns, ...EXTRA[name] }, country: 'LB' };
}

function dataRows(name: string): number {
  const truth = readFileSync(join(data, 'truth.csv'), 'utf8').split('\n').slice(1);
  return truth.filter((line) => line.startsWith(name + ',')).length;
}

describe('importing the generated dataset', () => {
  it('accounts for every row of all five files (UTF-8, Windows-1252, UTF-16LE, TSV, JSON)', async () => {
    const files = readdirSync(data).filter((n) => n !== 'truth.csv' && n !== 'people.csv');
    expect(files).toHaveLength(5);
    let imported = 0;
    for (const name of files) {
      const path = join(data, name);
      const { counts } = await h.call('import.run', {
        path,
        source: name,
        mapping: await mappingFor(path, name),
      });
      expect(counts.read).toBe(dataRows(name));
      expect(counts.imported + counts.updated + counts.unchanged + counts.rejected).toBe(counts.read);
      // Generated rows are messy but readable: nearly all are imported.
      expect(counts.imported).toBeGreaterThan(counts.read * 0.9);
      imported += counts.imported;
    }
    const info = await h.call('vault.info', {});
    expect(info.counts.people).toBe(imported);
    const audit = await h.call('audit.list', { limit: 50 });
    const runs = audit.filter((a) => a.action === 'import.run');
    expect(runs).toHaveLength(5);
    // Counts and a batch number, never a file name or a person.
    for (const r of runs) expect(r.object).toMatch(/^batch \d+$/);
  });

  it('re-importing the same file changes nothing, and a corrected file updates instead of duplicating', async () => {
    const name = 'registrations.csv';
    const path = join(data, name);
    const mapping = await mappingFor(path, name);
    const before = (await h.call('vault.info', {})).counts.people;
    const again = await h.call('import.run', { path, source: name, mapping });
    expect(again.counts.imported).toBe(0);
    expect(again.counts.updated).toBe(0);
    expect(again.counts.unchanged + again.counts.rejected).toBe(again.counts.read);

    const lines = readFileSync(path, 'utf8').split('\n');
    const cells = (lines[1] as string).split(',');
    cells[9] = 'Tripoli'; // City of the first registration
    lines[1] = cells.join(',');
    const corrected = join(h.dir, 'registrations-corrected.csv');
    writeFileSync(corrected, lines.join('\n'));
    const fix = await h.call('import.run', { path: corrected, source: name, mapping });
    expect(fix.counts.updated).toBe(1);
    expect(fix.counts.imported).toBe(0);
    expect((await h.call('vault.info', {})).counts.people).toBe(before);

    const found = await h.call('people.search', {
      query: cells[6] as string,
      filters: {},
      sort: 'surname',
      offset: 0,
      limit: 5,
    });
    const person = await h.call('people.get', { id: found.rows[0]!.id });
    expect(person.person.city).toBe('Tripoli');
    expect(
      person.history.some((c) => c.field === 'city' && c.after === 'Tripoli' && c.batchId === fix.batchId),
    ).toBe(true);
    expect(person.provenance[0]).toMatchObject({
      source: name,
      fileName: 'registrations-corrected.csv',
      row: 2,
    });

    // Undo the correction: the city comes back; then undo the unchanged re-import.
    const undone = await h.call('import.undo', { batchId: fix.batchId });
    expect(undone.undoneAt).not.toBeNull();
    expect((await h.call('people.get', { id: found.rows[0]!.id })).person.city).not.toBe('Tripoli');
    expect((await h.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      action: 'import.undo',
      object: `batch ${fix.batchId}`,
    });
    const refused = await h.fail('import.undo', { batchId: fix.batchId });
    expect(refused.code).toBe('INVALID_INPUT');
  });

  it('undo of an import deletes the people it inserted, and refuses while a later import stands', async () => {
    const batches = await h.call('import.batches', {});
    const first = batches.find((b) => b.source === 'registrations.csv' && b.counts.imported > 0)!;
    expect((await h.fail('import.undo', { batchId: first.id })).code).toBe('INVALID_INPUT');
    const latest = batches.find((b) => b.undoneAt === null)!;
    const before = (await h.call('vault.info', {})).counts.people;
    await h.call('import.undo', { batchId: latest.id });
    expect((await h.call('vault.info', {})).counts.people).toBe(before - latest.counts.imported);
  });
});

describe('cancelling an import', () => {
  it('leaves the vault file, its journal and its counts exactly as before', async () => {
    const c = await openHarness();
    try {
      const big = await generated(4000, 3);
      const path = join(big, 'registrations.csv');
      const preview = await c.call('import.preview', { path });
      const before = await c.call('vault.info', {});
      const files = folderSnapshot(c.dir);
      const running = c.handle(
        'import.run',
        { path, source: 'reg', mapping: { ...preview.mapping, country: 'LB' } },
        'big-import',
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(await c.call('job.cancel', { requestId: 'big-import' })).toBe(true);
      const outcome = await running;
      expect(outcome).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      const after = await c.call('vault.info', {});
      expect(after.counts).toEqual(before.counts);
      expect(after.generation).toBe(before.generation);
      expect(folderSnapshot(c.dir)).toEqual(files);
      expect(await c.call('import.batches', {})).toEqual([]);
    } finally {
      await c.dispose();
    }
  });
});
