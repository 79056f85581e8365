// FEBRL benchmark datasets 1 and 2 (public, with truth in rec_id: rec-123-org and rec-123-dup-0 are
// the same person): imported with a mapping as an officer would, matched, measured pairwise.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../../electron/engine/vault/vault';
import { PASSPHRASE } from '../helpers';
import { openHarness } from '../pipeline/harness';
import { pairwiseQuality, type Quality } from './quality';

// Shipped with the tests (see its README for where it comes from), so a bare checkout measures it too.
const FEBRL = join(__dirname, '../../fixtures/febrl');

const MAPPING: Record<string, string | null> = {
  rec_id: 'source_key',
  given_name: 'given_names',
  surname: 'surname',
  address_1: 'address',
  suburb: 'city',
  date_of_birth: 'date_of_birth',
  soc_sec_id: 'national_id',
};

async function measure(file: string): Promise<Quality> {
  const h = await openHarness();
  const path = join(FEBRL, file);
  const preview = await h.call('import.preview', { path });
  const columns = Object.fromEntries(preview.headers.map((c) => [c, MAPPING[c.trim()] ?? null])) as never;
  await h.call('import.run', {
    path,
    source: 'febrl',
    mapping: { columns, dateOrder: 'YMD', country: 'AU' },
  });
  await h.call('match.run', { mode: 'full' });
  await h.dispose();
  const vault = await Vault.open(h.vaultPath, PASSPHRASE);
  try {
    const rows = vault.query<{ id: number; source_key: string; person: number }>(
      `SELECT p.id, p.source_key, coalesce(c.person_id, p.id) AS person
       FROM person p LEFT JOIN match_cluster c ON c.record_id = p.id`,
    );
    const truth = new Map(rows.map((r) => [r.id, r.source_key.split('-')[1]!]));
    const predicted = new Map(rows.map((r) => [r.id, r.person]));
    return pairwiseQuality(predicted, truth);
  } finally {
    await vault.close();
  }
}

describe('FEBRL', () => {
  it.each([
    ['febrl-dataset1.csv', 0.99, 0.95],
    ['febrl-dataset2.csv', 0.99, 0.98],
  ])('%s: precision ≥ %d, recall ≥ %d', async (file, precision, recall) => {
    const q = await measure(file);
    console.log(`${file}: ${JSON.stringify(q)}`);
    expect(q.precision).toBeGreaterThanOrEqual(precision);
    expect(q.recall).toBeGreaterThanOrEqual(recall);
  });
});
