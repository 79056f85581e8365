// A new import matched against existing persons gives the persons a full run gives, without
// comparing the existing records among themselves again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generated, openHarness, type Harness } from '../pipeline/harness';
import { importGenerated, rowFiles } from './generatedData';

let data: string;
let incremental: Harness;
let full: Harness;
beforeAll(async () => {
  data = await generated(600, 21);
  [incremental, full] = await Promise.all([openHarness(), openHarness()]);
});
afterAll(async () => {
  await incremental.dispose();
  await full.dispose();
});

/** Persons as sorted groups of "source#source_key", independent of ids. */
async function partition(h: Harness): Promise<string[]> {
  const path = join(h.dir, `clusters-${Date.now()}.csv`);
  await h.call('match.exportClusters', { path });
  const groups = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').trim().split('\r\n').slice(1)) {
    const [source, key, person] = line.split(',');
    const list = groups.get(person!) ?? [];
    list.push(`${source}#${key}`);
    groups.set(person!, list);
  }
  return [...groups.values()].map((g) => g.sort().join(' ')).sort();
}

describe('incremental matching', () => {
  it('matches only the new records and ends with the persons of a full run', async () => {
    const files = rowFiles(data);
    const first: string[] = files.filter((f) => f === 'registrations.csv' || f === 'roster-cedre-bleu.csv');
    const later = files.filter((f) => !first.includes(f));

    await importGenerated(incremental.call, data, first);
    const initial = await incremental.call('match.run', { mode: 'full' });
    await importGenerated(incremental.call, data, later);
    const pending = await incremental.call('match.summary', {});
    expect(pending.pendingRecords).toBeGreaterThan(0);
    const step = await incremental.call('match.run', {});
    expect(step.mode).toBe('incremental');
    expect(step.newRecords).toBe(pending.pendingRecords);
    expect(step.records).toBe(pending.totalRecords);
    expect((await incremental.call('match.summary', {})).pendingRecords).toBe(0);

    await importGenerated(full.call, data, [...first, ...later]);
    const whole = await full.call('match.run', { mode: 'full' });
    // The incremental run compared exactly the pairs touching new records, rule by rule.
    expect(step.pairsCompared).toBe(whole.pairsCompared - initial.pairsCompared);
    step.pairsByRule.forEach((r, k) => {
      expect(r.pairs).toBe(whole.pairsByRule[k]!.pairs - initial.pairsByRule[k]!.pairs);
    });

    const a = await partition(incremental);
    const b = await partition(full);
    expect(a.filter((g) => g.includes(' ')).length).toBeGreaterThan(50);
    const onlyA = a.filter((g) => !b.includes(g));
    const onlyB = b.filter((g) => !a.includes(g));
    expect({ onlyA, onlyB }).toEqual({ onlyA: [], onlyB: [] });
  });
});
