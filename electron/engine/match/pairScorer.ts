// Scores one pair on demand: the chaining guard's cross checks, and explanations for the review
// screens, from the same model and the same code as the bulk scoring.
import { FIELDS, FIELD_COUNT, compareRecords } from './compare/fields';
import { levelWeights, priorWeight, type MatchModel } from './model';
import type { RecordTable } from './records';
import { fieldWeights, tfAdjusted } from './scoring';
import type { TfTables } from './termFrequency';

export interface PairScore {
  weight: number;
  prior: number;
  swapped: boolean;
  fields: { field: (typeof FIELDS)[number]['field']; level: string; weight: number; tfAdjusted: boolean }[];
}

export class PairScorer {
  private readonly weights: number[][];
  private readonly prior: number;
  private readonly levels = new Uint8Array(FIELD_COUNT);
  private readonly per = new Float64Array(FIELD_COUNT);

  constructor(
    private readonly t: RecordTable,
    model: MatchModel,
    private readonly tf: TfTables,
  ) {
    this.weights = levelWeights(model);
    this.prior = priorWeight(model);
  }

  weight(i: number, j: number): number {
    compareRecords(this.t, i, j, this.levels, 0);
    fieldWeights(this.t, i, this.levels, 0, this.weights, this.tf, this.per);
    let w = this.prior;
    for (let f = 0; f < FIELD_COUNT; f++) w += this.per[f]!;
    return w;
  }

  explain(i: number, j: number): PairScore {
    const names = compareRecords(this.t, i, j, this.levels, 0);
    fieldWeights(this.t, i, this.levels, 0, this.weights, this.tf, this.per);
    let weight = this.prior;
    const fields = FIELDS.map((spec, f) => {
      weight += this.per[f]!;
      const level = spec.levels[this.levels[f]!] as string;
      const swapNote = names.swapped && f <= 1 && this.levels[f] !== 0 ? ' (names in the other order)' : '';
      return {
        field: spec.field,
        level: level + swapNote,
        weight: this.per[f]!,
        tfAdjusted: tfAdjusted(this.levels, 0, f) && this.per[f] !== this.weights[f]![1],
      };
    });
    return { weight, prior: this.prior, swapped: names.swapped, fields };
  }
}
