// Quality on generator data with ground truth (5,000 people, registrations and four rosters):
// pairwise precision and recall of the auto-linked persons, and a model EM estimated sensibly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F } from '../../../electron/engine/match/compare/fields';
import { levelWeights } from '../../../electron/engine/match/model';
import type { MatchRunSummary } from '../../../shared/match';
import { PASSPHRASE } from '../helpers';
import { generated, openHarness, type Harness } from '../pipeline/harness';
import { importGenerated } from './generatedData';
import { evaluateVault, type Evaluation } from './evaluate';

let h: Harness;
let run: MatchRunSummary;
let result: Evaluation;
beforeAll(async () => {
  const data = await generated(5000, 3);
  h = await openHarness();
  await importGenerated(h.call, data);
  run = await h.call('match.run', { mode: 'full' });
  await h.dispose();
  result = await evaluateVault(h.vaultPath, data, PASSPHRASE);
  console.log(`generated 5k: ${JSON.stringify(result.quality)}; run ${JSON.stringify(run.phases)}`);
}, 180_000);
afterAll(() => h.dispose());

describe('quality on generated data', () => {
  it('auto-links with precision ≥ 0.995 and recall ≥ 0.97', () => {
    expect(result.quality.truePairs).toBeGreaterThan(500);
    expect(result.quality.precision).toBeGreaterThanOrEqual(0.995);
    expect(result.quality.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('estimates m and u by EM into weights that point the right way', () => {
    const { model } = result.model;
    expect(model.guarded).toBe(false);
    const w = levelWeights(model);
    expect(model.m[F.dob]![1]).toBeGreaterThan(0.8);
    expect(w[F.dob]![1]).toBeGreaterThan(3);
    expect(w[F.dob]![5]).toBeLessThan(-3);
    expect(w[F.passport]![1]).toBeGreaterThan(5);
    expect(w[F.passport]![3]).toBeLessThan(-3);
    expect(w[F.given]![7]).toBeLessThan(-1);
    // The estimated match share is about the true share of matching pairs among those compared.
    const trueShare = result.quality.correctPairs / run.pairsCompared;
    expect(model.lambda).toBeGreaterThan(trueShare * 0.6);
    expect(model.lambda).toBeLessThan(trueShare * 1.6);
  });
});
