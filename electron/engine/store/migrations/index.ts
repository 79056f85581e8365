// Every schema step, in order. Opening a vault applies the ones it has not seen yet.
import { initial } from './001_initial';
import { importProvenance } from './002_import_provenance';
import { matching } from './003_matching';
import { crisisAreas } from './004_crisis_areas';
import { statusExports } from './005_status_exports';
import { candidateIndexes } from './006_candidate_indexes';
import { namePrefixIndex } from './007_name_prefix_index';
import { partnerProfiles } from './008_partner_profiles';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  initial,
  importProvenance,
  matching,
  crisisAreas,
  statusExports,
  candidateIndexes,
  namePrefixIndex,
  partnerProfiles,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
