// Canned matching answers for the Duplicates screens, shaped by the shared contract types.
import type {
  BandCounts,
  ClusterView,
  MatchRecord,
  MatchRunSummary,
  MatchStatus,
  PairDetail,
  ReviewPair,
} from '../../shared/match';

export function makeRecord(overrides: Partial<MatchRecord> = {}): MatchRecord {
  return {
    id: 1,
    personId: 1,
    source: 'Ministry registrations',
    sourceKey: 'R-1',
    batchId: 1,
    row: 2,
    given_names: 'Mohamed',
    surname: 'EL-HASSAN',
    date_of_birth: '1988-04-03',
    sex: 'M',
    nationality: 'LB',
    passport_no: 'P1234567',
    national_id: null,
    phone: '+9613123456',
    email: null,
    city: 'Tripoli',
    address: null,
    household_key: null,
    updated_at: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** Pair `n` of a queue: records 2n+1 and 2n+2, surname spelt differently, passport missing on the right. */
export function makePair(n: number, overrides: Partial<ReviewPair> = {}): ReviewPair {
  return {
    leftId: 2 * n + 1,
    rightId: 2 * n + 2,
    weight: 6.5 - n * 0.1,
    probability: 0.91,
    band: 'review',
    decision: null,
    fields: [
      {
        field: 'given_names',
        level: 'Jaro-Winkler ≥ 0.92',
        weight: 4.1,
        left: 'Mohamed',
        right: 'Muhammad',
        tfAdjusted: true,
      },
      {
        field: 'surname',
        level: 'exact',
        weight: 6.2,
        left: 'EL-HASSAN',
        right: 'El-Hassan',
        tfAdjusted: false,
      },
      {
        field: 'date_of_birth',
        level: 'day/month swapped',
        weight: 2.5,
        left: '1988-04-03',
        right: '1988-03-04',
        tfAdjusted: false,
      },
      { field: 'passport_no', level: 'missing', weight: 0, left: 'P1234567', right: null, tfAdjusted: false },
      {
        field: 'city',
        level: 'different',
        weight: -1.4,
        left: 'Tripoli',
        right: 'Beirut',
        tfAdjusted: false,
      },
    ],
    ...overrides,
  };
}

export function makePairDetail(pair: ReviewPair): PairDetail {
  return {
    pair,
    left: makeRecord({ id: pair.leftId, personId: pair.leftId }),
    right: makeRecord({
      id: pair.rightId,
      personId: pair.rightId,
      source: 'Employer roster: Acme',
      row: 40,
      given_names: 'Muhammad',
      surname: 'El-Hassan',
      passport_no: null,
      city: 'Beirut',
    }),
    samePerson: false,
  };
}

export function makeRun(overrides: Partial<MatchRunSummary> = {}): MatchRunSummary {
  return {
    at: '2025-03-02T09:00:00.000Z',
    mode: 'full',
    records: 1200,
    newRecords: 1200,
    pairsCompared: 48_210,
    pairsByRule: [
      { rule: 'passport', pairs: 310, oversizeBlocks: 0, skippedPairs: 0 },
      { rule: 'phone', pairs: 1_200, oversizeBlocks: 1, skippedPairs: 4_950 },
      { rule: 'name_skeleton+birth_year', pairs: 46_700, oversizeBlocks: 0, skippedPairs: 0 },
    ],
    links: 260,
    linksRefused: 2,
    clusters: 950,
    mergedClusters: 230,
    review: 37,
    bands: { autoLink: 258, review: 37, distinct: 47_915 },
    thresholds: { autoLink: 12, review: 4 },
    phases: [
      { phase: 'blocking', ms: 120 },
      { phase: 'scoring', ms: 800 },
      { phase: 'clustering', ms: 40 },
    ],
    durationMs: 1_100,
    matchProportion: 0.004,
    ...overrides,
  };
}

export function makeStatus(overrides: Partial<MatchStatus> = {}): MatchStatus {
  return {
    lastRun: makeRun(),
    settings: {
      thresholds: { autoLink: 12, review: 4 },
      survivorship: { rule: 'most_recent', sourcePriority: [] },
    },
    pendingRecords: 0,
    totalRecords: 1200,
    decisions: { match: 0, not_match: 0, skip: 0 },
    ...overrides,
  };
}

/** Counts that move with the thresholds, so a test can tell which thresholds were asked for. */
export function bandsFor(thresholds: { autoLink: number; review: number }): BandCounts {
  const autoLink = Math.max(0, Math.round(400 - thresholds.autoLink * 10));
  const review = Math.max(0, Math.round((thresholds.autoLink - thresholds.review) * 10));
  return {
    thresholds,
    autoLink,
    review,
    distinct: 10_000 - autoLink - review,
    histogram: [
      { from: -2, count: 9_000 },
      { from: 3, count: 120 },
      { from: 8, count: 40 },
      { from: 14, count: 300 },
    ],
  };
}

export function makeCluster(overrides: Partial<ClusterView> = {}): ClusterView {
  const records = [
    makeRecord({ id: 3, personId: 3 }),
    makeRecord({
      id: 8,
      personId: 3,
      source: 'Employer roster: Acme',
      row: 12,
      given_names: 'Muhammad',
      surname: 'Al Hassan',
      updated_at: '2025-03-02T10:00:00.000Z',
    }),
    makeRecord({
      id: 11,
      personId: 3,
      source: 'Consulate walk-ins',
      row: 5,
      given_names: 'محمد',
      surname: 'الحسن',
    }),
  ];
  return {
    personId: 3,
    records,
    links: [
      { leftId: 3, rightId: 8, weight: 14.2, decision: null },
      { leftId: 3, rightId: 11, weight: 6.1, decision: 'match' },
    ],
    survivor: [
      { field: 'given_names', value: 'Muhammad', recordId: 8 },
      { field: 'surname', value: 'Al Hassan', recordId: 8 },
      { field: 'date_of_birth', value: '1988-04-03', recordId: 3 },
      { field: 'email', value: null, recordId: null },
    ],
    policy: { rule: 'most_recent', sourcePriority: [] },
    ...overrides,
  };
}
