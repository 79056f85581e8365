// Matching's small persistent state: settings, the estimated model, the last run, and what has
// been matched so far. One JSON value per key in match_state.
import type { Database } from 'sql.js';
import type { MatchRunSummary, MatchSettings } from '../../../shared/match';
import type { Statement } from '../vault/vault';
import type { MatchModel } from './model';

export const DEFAULT_SETTINGS: MatchSettings = {
  // Weights are log2 odds: 5 is about 97% likely the same person, 0 is even odds.
  thresholds: { autoLink: 5, review: 0 },
  survivorship: { rule: 'most_complete', sourcePriority: [] },
};

export interface StoredModel {
  model: MatchModel;
  /** Per TF field: records with a value and the reference frequency (see termFrequency.ts). */
  tf: Record<'given' | 'surname' | 'dob', { total: number; reference: number }>;
}

export interface Progress {
  /** Highest record id matched; records above it are pending. */
  matchedMaxId: number;
  /**
   * Start of the last run: records created or changed after it are pending too (an undone import's
   * ids can be given again; an update changes what a record matches).
   */
  matchedAt: string;
  /** Pairs compared over all runs since the last full one (bands count the unstored ones as distinct). */
  compared: number;
}

interface Keys {
  settings: MatchSettings;
  model: StoredModel;
  last_run: MatchRunSummary;
  progress: Progress;
}

export function readState<K extends keyof Keys>(db: Database, key: K): Keys[K] | null {
  const row = db.exec('SELECT value FROM match_state WHERE key = ?', [key])[0]?.values[0]?.[0];
  return typeof row === 'string' ? (JSON.parse(row) as Keys[K]) : null;
}

export function stateStatement<K extends keyof Keys>(key: K, value: Keys[K]): Statement {
  return {
    sql: 'INSERT OR REPLACE INTO match_state (key, value) VALUES (?, ?)',
    params: [key, JSON.stringify(value)],
  };
}

export function readSettings(db: Database): MatchSettings {
  return readState(db, 'settings') ?? DEFAULT_SETTINGS;
}

/** SQL condition (with its parameters) selecting the records a next incremental run must match. */
export function pendingCondition(progress: Progress | null): { where: string; params: (string | number)[] } {
  if (!progress) return { where: '1', params: [] };
  // Written as two indexed lookups: with a plain OR and the loader's ORDER BY id, SQLite prefers
  // walking the whole table in id order (a second at 1M people) to sorting the few rows found.
  return {
    where: 'id IN (SELECT id FROM person WHERE id > ? UNION ALL SELECT id FROM person WHERE updated_at > ?)',
    params: [progress.matchedMaxId, progress.matchedAt],
  };
}
