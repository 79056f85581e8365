import type { Database } from 'sql.js';

/** One step of the schema's history. Steps are never edited once released: add a new one instead. */
export interface Migration {
  /** 1, 2, 3…: the schema version the database has after this step. */
  version: number;
  name: string;
  up(db: Database): void;
}
