// Pairwise precision, recall and F1 of predicted persons against ground truth.
export interface Quality {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

const pairsIn = (n: number) => (n * (n - 1)) / 2;

/** `predicted` and `truth` map each record to its person (records missing from truth are ignored). */
export function pairwiseQuality(
  predicted: Map<number, string | number>,
  truth: Map<number, string>,
): Quality {
  const byTruth = new Map<string, number>();
  const byPredicted = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const [record, person] of truth) {
    const cluster = predicted.get(record);
    if (cluster === undefined) continue;
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    bump(byTruth, person);
    bump(byPredicted, String(cluster));
    bump(byBoth, `${cluster}\u0000${person}`);
  }
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  for (const n of byTruth.values()) truePairs += pairsIn(n);
  for (const n of byPredicted.values()) predictedPairs += pairsIn(n);
  for (const n of byBoth.values()) correctPairs += pairsIn(n);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs, correctPairs };
}
