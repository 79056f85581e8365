// Every schema step, in order. Opening a vault applies the ones it has not seen yet.
import { initial } from './001_initial';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [initial];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
