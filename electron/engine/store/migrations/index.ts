// Every schema step, in order. Opening a vault applies the ones it has not seen yet.
import { initial } from './001_initial';
import { importProvenance } from './002_import_provenance';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [initial, importProvenance];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
