// Reads a matched vault's persons and the generator's ground truth, for quality measurements.
import { Vault } from '../../../electron/engine/vault/vault';
import { readTruth, truthKey } from './generatedData';
import { pairwiseQuality, type Quality } from './quality';
import type { StoredModel } from '../../../electron/engine/match/state';

export interface Evaluation {
  quality: Quality;
  model: StoredModel;
  records: number;
}

/** Pairwise quality of the auto-linked persons (review band counted as not linked). */
export async function evaluateVault(
  vaultPath: string,
  dataDir: string,
  passphrase: string,
): Promise<Evaluation> {
  const vault = await Vault.open(vaultPath, passphrase);
  try {
    const truthRows = readTruth(dataDir);
    const rows = vault.query<{ id: number; file_name: string; row_number: number; person: number }>(
      `SELECT p.id, p.file_name, p.row_number, coalesce(c.person_id, p.id) AS person
       FROM person p LEFT JOIN match_cluster c ON c.record_id = p.id`,
    );
    const truth = new Map<number, string>();
    const predicted = new Map<number, number>();
    for (const r of rows) {
      const person = truthRows.get(truthKey(r.file_name, r.row_number));
      if (person === undefined) continue;
      truth.set(r.id, person);
      predicted.set(r.id, r.person);
    }
    const model = JSON.parse(
      vault.query<{ value: string }>("SELECT value FROM match_state WHERE key = 'model'")[0]!.value,
    ) as StoredModel;
    return { quality: pairwiseQuality(predicted, truth), model, records: rows.length };
  } finally {
    await vault.close();
  }
}
