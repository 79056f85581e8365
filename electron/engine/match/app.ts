// Duplicate finding: runs, the review queue, decisions, merged persons and their settings.
import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { decide, undoDecision, unmerge } from './decisions';
import { exportClusters } from './exportClusters';
import { personList, personView } from './persons';
import { pairDetail, reviewQueue } from './review';
import { runMatch } from './runMatch';
import { bandCounts, matchStatus, setSurvivorship, setThresholds } from './settings';
import { readSettings } from './state';

type MatchMethod =
  | 'match.run'
  | 'match.summary'
  | 'match.bands'
  | 'match.setThresholds'
  | 'match.settings'
  | 'match.setSurvivorship'
  | 'match.reviewQueue'
  | 'match.pair'
  | 'match.decide'
  | 'match.undoDecision'
  | 'match.cluster'
  | 'match.clusters'
  | 'match.unmerge'
  | 'match.exportClusters';

export function matchHandlers(deps: EngineDeps): PartialHandlers<MatchMethod> {
  const db = () => requireOpenVault(deps).vault.db;
  return {
    'match.run': async ({ mode }, ctx) => {
      const { vault, operator } = requireOpenVault(deps);
      return runMatch(vault, operator, mode, ctx, deps.now);
    },
    'match.summary': async () => matchStatus(db()),
    'match.bands': async ({ thresholds }) => bandCounts(db(), thresholds),
    'match.setThresholds': async ({ thresholds }) => {
      const { vault, operator } = requireOpenVault(deps);
      return setThresholds(vault, operator, thresholds, deps.now);
    },
    'match.settings': async () => readSettings(db()),
    'match.setSurvivorship': async ({ policy }) => {
      const { vault, operator } = requireOpenVault(deps);
      return setSurvivorship(vault, operator, policy, deps.now);
    },
    'match.reviewQueue': async (query) => reviewQueue(db(), query),
    'match.pair': async ({ leftId, rightId }) => pairDetail(db(), leftId, rightId),
    'match.decide': async ({ leftId, rightId, decision }) => {
      const { vault, operator } = requireOpenVault(deps);
      return decide(vault, operator, leftId, rightId, decision, deps.now);
    },
    'match.undoDecision': async ({ leftId, rightId }) => {
      const { vault, operator } = requireOpenVault(deps);
      return undoDecision(vault, operator, leftId, rightId, deps.now);
    },
    'match.cluster': async ({ id }) => personView(db(), id),
    'match.clusters': async (query) => personList(db(), query),
    'match.unmerge': async ({ recordIds }) => {
      const { vault, operator } = requireOpenVault(deps);
      return unmerge(vault, operator, recordIds, deps.now);
    },
    'match.exportClusters': async ({ path }) => exportClusters(requireOpenVault(deps).vault, path),
  };
}
