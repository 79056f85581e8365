// Types of duplicate finding: the run, its score bands, the review queue, decisions, and the
// merged persons (clusters of source records) with their survivor values.
//
// Vocabulary: a *record* is one row of the person table (one source row, id = person.id); a
// *person* is a cluster of records judged to be the same human. A person's id (`personId`) is the
// smallest record id in the cluster, so it is stable while the cluster keeps that record and a
// record id is always a valid way to ask for "the person this record belongs to".
import { z } from 'zod';

/** Fields compared between two records, in the order explanations list them. */
export const MatchField = z.enum([
  'given_names',
  'surname',
  'date_of_birth',
  'sex',
  'passport_no',
  'national_id',
  'phone',
  'email',
  'nationality',
  'city',
]);
export type MatchField = z.infer<typeof MatchField>;

/** Bounds of a match weight (sum of log2(m/u) over fields); thresholds must fall inside. */
export const WEIGHT_MIN = -60;
export const WEIGHT_MAX = 60;
/**
 * Pairs scoring below this are counted but not stored: the review threshold cannot go lower, so
 * the band counts stay exact without keeping millions of obviously-different pairs.
 */
export const STORED_WEIGHT_FLOOR = -10;

const Weight = z.number().finite().min(WEIGHT_MIN).max(WEIGHT_MAX);

/** Match-weight cut-offs: ≥ autoLink links automatically, ≥ review goes to the officer, below is distinct. */
export const MatchThresholds = z
  .object({
    autoLink: Weight,
    review: z.number().finite().min(STORED_WEIGHT_FLOOR).max(WEIGHT_MAX),
  })
  .strict()
  .refine((t) => t.autoLink >= t.review, {
    message: 'The auto-link threshold must be at least the review threshold.',
  });
export type MatchThresholds = z.infer<typeof MatchThresholds>;

export const MatchBand = z.enum(['auto_link', 'review', 'distinct']);
export type MatchBand = z.infer<typeof MatchBand>;

/** Pairs per band for a set of thresholds (of the pairs compared in the last run). */
export const BandCounts = z.object({
  thresholds: z.object({ autoLink: z.number(), review: z.number() }),
  autoLink: z.number().int(),
  review: z.number().int(),
  distinct: z.number().int(),
  /** Weights of the stored pairs in 1-unit buckets (`from` inclusive), for a slider's histogram. */
  histogram: z.array(z.object({ from: z.number(), count: z.number().int() })),
});
export type BandCounts = z.infer<typeof BandCounts>;

/** What the officer said about a pair; respected by every later run. */
export const MatchDecision = z.enum(['match', 'not_match', 'skip']);
export type MatchDecision = z.infer<typeof MatchDecision>;

/** How a merged person's displayed values are chosen among its records. */
export const SurvivorshipPolicy = z
  .object({
    rule: z.enum(['most_recent', 'most_complete', 'source_priority']),
    /** Source names, most trusted first; used by 'source_priority' and as tie-break by the others. */
    sourcePriority: z.array(z.string().min(1).max(200)).max(100).default([]),
  })
  .strict();
export type SurvivorshipPolicy = z.infer<typeof SurvivorshipPolicy>;

export const MatchSettings = z.object({
  thresholds: z.object({ autoLink: z.number(), review: z.number() }),
  survivorship: z.object({
    rule: z.enum(['most_recent', 'most_complete', 'source_priority']),
    sourcePriority: z.array(z.string()),
  }),
});
export type MatchSettings = z.infer<typeof MatchSettings>;

/** Phases of a run, in order, as reported in `job.progress` and timed in the summary. */
export const MatchPhase = z.enum(['loading', 'blocking', 'estimating', 'scoring', 'clustering', 'saving']);
export type MatchPhase = z.infer<typeof MatchPhase>;

/** One blocking rule's yield: pairs it produced that no earlier rule had produced. */
export const RuleCount = z.object({
  rule: z.string(),
  /** New candidate pairs from this rule (deduplicated against earlier rules). */
  pairs: z.number().int(),
  /** Blocks larger than the cap, split by a finer key or skipped. */
  oversizeBlocks: z.number().int(),
  /** Pairs never generated because their block was over the cap even after splitting. */
  skippedPairs: z.number().int(),
});
export type RuleCount = z.infer<typeof RuleCount>;

export const MatchRunSummary = z.object({
  at: z.string(),
  mode: z.enum(['full', 'incremental']),
  /** Records in the vault at the run. */
  records: z.number().int(),
  /** Records new in this run (all in a full run). */
  newRecords: z.number().int(),
  pairsCompared: z.number().int(),
  pairsByRule: z.array(RuleCount),
  /** Links used for clustering: auto-linked pairs plus pairs decided 'match'. */
  links: z.number().int(),
  /** Links dropped by the chaining guard (they would have joined people that clearly differ). */
  linksRefused: z.number().int(),
  /** Persons after clustering, and those holding more than one record. */
  clusters: z.number().int(),
  mergedClusters: z.number().int(),
  review: z.number().int(),
  bands: z.object({ autoLink: z.number().int(), review: z.number().int(), distinct: z.number().int() }),
  thresholds: z.object({ autoLink: z.number(), review: z.number() }),
  phases: z.array(z.object({ phase: MatchPhase, ms: z.number() })),
  durationMs: z.number(),
  /** Estimated share of candidate pairs that are matches (from EM). */
  matchProportion: z.number(),
});
export type MatchRunSummary = z.infer<typeof MatchRunSummary>;

export const MatchStatus = z.object({
  lastRun: MatchRunSummary.nullable(),
  settings: MatchSettings,
  /** Records imported since the last run, not yet matched (an incremental run would take them). */
  pendingRecords: z.number().int(),
  totalRecords: z.number().int(),
  decisions: z.object({ match: z.number().int(), not_match: z.number().int(), skip: z.number().int() }),
});
export type MatchStatus = z.infer<typeof MatchStatus>;

/** One field's contribution to a pair's score. */
export const FieldExplanation = z.object({
  field: MatchField,
  /** Comparison level, e.g. "exact", "day/month swapped", "Jaro-Winkler ≥ 0.92", "missing". */
  level: z.string(),
  /** log2(m/u) for that level, after the term-frequency adjustment; 0 when a side is missing. */
  weight: z.number(),
  left: z.string().nullable(),
  right: z.string().nullable(),
  /** True when the weight was raised or lowered for how rare/common the agreeing value is. */
  tfAdjusted: z.boolean(),
});
export type FieldExplanation = z.infer<typeof FieldExplanation>;

/** A source record as matching sees it (with its provenance). */
export const MatchRecord = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  source: z.string().nullable(),
  sourceKey: z.string().nullable(),
  batchId: z.number().int().nullable(),
  row: z.number().int().nullable(),
  given_names: z.string().nullable(),
  surname: z.string().nullable(),
  date_of_birth: z.string().nullable(),
  sex: z.string().nullable(),
  nationality: z.string().nullable(),
  passport_no: z.string().nullable(),
  national_id: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  city: z.string().nullable(),
  address: z.string().nullable(),
  household_key: z.string().nullable(),
  updated_at: z.string(),
});
export type MatchRecord = z.infer<typeof MatchRecord>;

/** A scored pair as listed in the review queue (records in brief, lower id on the left). */
export const ReviewPair = z.object({
  leftId: z.number().int(),
  rightId: z.number().int(),
  weight: z.number(),
  /** Posterior probability of a match given the weight and the estimated match proportion. */
  probability: z.number(),
  band: MatchBand,
  decision: MatchDecision.nullable(),
  fields: z.array(FieldExplanation),
});
export type ReviewPair = z.infer<typeof ReviewPair>;

export const ReviewQuery = z
  .object({
    /** 'pending': review band without a decision (the default work list); 'skipped'; 'decided'. */
    status: z.enum(['pending', 'skipped', 'decided']).default('pending'),
    /** Closest calls first ('uncertain') or strongest first. */
    order: z.enum(['weight_desc', 'weight_asc', 'uncertain']).default('weight_desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const ReviewPage = z.object({ total: z.number().int(), rows: z.array(ReviewPair) });
export type ReviewPage = z.infer<typeof ReviewPage>;

export const PairRef = z
  .object({ leftId: z.number().int(), rightId: z.number().int() })
  .strict()
  .refine((p) => p.leftId !== p.rightId, { message: 'A pair needs two different records.' });

/** Both records side by side with the field-by-field explanation (computed on demand for any pair). */
export const PairDetail = z.object({
  pair: ReviewPair,
  left: MatchRecord,
  right: MatchRecord,
  /** True when both records already belong to the same person. */
  samePerson: z.boolean(),
});
export type PairDetail = z.infer<typeof PairDetail>;

export const SurvivorValue = z.object({
  field: z.string(),
  value: z.string().nullable(),
  /** The record the value was taken from (null when no record has it). */
  recordId: z.number().int().nullable(),
});

/** A merged person: its source records, the links holding them together, and the survivor values. */
export const ClusterView = z.object({
  personId: z.number().int(),
  records: z.array(MatchRecord),
  links: z.array(
    z.object({
      leftId: z.number().int(),
      rightId: z.number().int(),
      weight: z.number(),
      decision: MatchDecision.nullable(),
    }),
  ),
  survivor: z.array(SurvivorValue),
  policy: MatchSettings.shape.survivorship,
});
export type ClusterView = z.infer<typeof ClusterView>;

export const ClusterListQuery = z
  .object({
    /** Only persons with at least this many records; persons of one record are never listed. */
    minSize: z.number().int().min(1).default(2),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const ClusterListPage = z.object({
  total: z.number().int(),
  rows: z.array(
    z.object({
      personId: z.number().int(),
      size: z.number().int(),
      given_names: z.string().nullable(),
      surname: z.string().nullable(),
      date_of_birth: z.string().nullable(),
      sources: z.array(z.string()),
    }),
  ),
});
export type ClusterListPage = z.infer<typeof ClusterListPage>;
