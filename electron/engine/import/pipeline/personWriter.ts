// Writes normalised rows into the person table inside an import's transaction: a new record, an
// update of the record the same source row made before (history kept field by field, so the batch
// can be undone), or nothing when the row has not changed.
import type { Database, SqlJsStatic, Statement } from 'sql.js';
import { PERSON_FIELDS, type PersonField } from '../../../../shared/person';
import { prepareInserter, type RowInserter } from '../../store/fastInsert';
import type { NormalisedRow, PersonValue } from './rowPlan';

export type RowOutcome = 'imported' | 'updated' | 'unchanged';

/** Provenance and keys: replaced on every update, and restored by undo like any field. */
const TRACKED_EXTRA = [
  'source',
  'batch_id',
  'file_name',
  'row_number',
  'row_fingerprint',
  'original_json',
  'issues_json',
  'name_key',
  'name_skeleton',
  'email_key',
  'geocode_place',
  'geocode_confidence',
] as const;

const INSERT_COLUMNS = [...PERSON_FIELDS, ...TRACKED_EXTRA, 'created_at', 'updated_at'];

export interface BatchContext {
  batchId: number;
  source: string;
  fileName: string;
  at: string;
  operator: string;
}

export interface GeocodedPlace {
  place: string;
  confidence: number;
}

type Row = Record<string, PersonValue>;

export class PersonWriter {
  private readonly insert: RowInserter;
  private readonly byKey: Statement;
  private readonly byId: Statement;
  private readonly byFingerprint: Statement;
  private readonly history: Statement;
  private readonly updates = new Map<string, Statement>();
  /** Records already matched by this batch: a second identical row is a second person, not an update. */
  private readonly matched = new Set<number>();
  /** False when the source had no records before this batch: then lookups are needed for repeated keys only. */
  readonly sourceKnown: boolean;
  /**
   * For a new source: each source key's first record in this batch, found by id, so a repeated
   * key needs no index on source keys (a bulk load drops it).
   */
  private readonly keysSeen = new Map<string, number>();
  private nextId: number;

  constructor(
    sql: SqlJsStatic,
    private readonly db: Database,
    private readonly batch: BatchContext,
  ) {
    this.insert = prepareInserter(
      sql,
      db,
      `INSERT INTO person (id, ${INSERT_COLUMNS.join(', ')}) VALUES (?, ${INSERT_COLUMNS.map(() => '?').join(', ')})`,
    );
    this.byKey = db.prepare('SELECT * FROM person WHERE source = ? AND source_key = ? ORDER BY id LIMIT 1');
    this.byId = db.prepare('SELECT * FROM person WHERE id = ?');
    this.byFingerprint = db.prepare(
      'SELECT * FROM person WHERE source = ? AND row_fingerprint = ? AND batch_id <> ? ORDER BY id',
    );
    this.history = db.prepare(
      'INSERT INTO person_history (person_id, at, operator, field, before, after, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const probe = db.exec('SELECT 1 FROM person WHERE source = ? LIMIT 1', [batch.source]);
    this.sourceKnown = probe.length > 0;
    // Nothing else writes people inside the import's transaction: ids follow on from the largest.
    const max = db.exec('SELECT coalesce(max(id), 0) FROM person')[0]?.values[0]?.[0];
    this.nextId = (typeof max === 'number' ? max : 0) + 1;
  }

  write(row: NormalisedRow, place: GeocodedPlace | null): RowOutcome {
    const existing = this.findExisting(row);
    if (!existing) {
      const id = this.nextId++;
      // Straight into the parameter list: most rows are new, and an object per row costs more.
      const values: PersonValue[] = [id];
      for (const f of PERSON_FIELDS) values.push(row.values[f] ?? null);
      values.push(...this.extraValues(row, place), this.batch.at, this.batch.at);
      this.insert.run(values);
      const key = row.values.source_key;
      if (!this.sourceKnown && typeof key === 'string' && !this.keysSeen.has(key)) this.keysSeen.set(key, id);
      return 'imported';
    }
    this.matched.add(existing.id as number);
    const record = this.recordOf(row, place);
    const changed = PERSON_FIELDS.filter((f) => f in row.values && !same(existing[f], record[f]));
    if (changed.length === 0) return 'unchanged';
    const fields: string[] = [...changed, ...TRACKED_EXTRA.filter((f) => !same(existing[f], record[f]))];
    for (const f of fields) {
      this.history.run([
        existing.id as number,
        this.batch.at,
        this.batch.operator,
        f,
        asText(existing[f]),
        asText(record[f]),
        this.batch.batchId,
      ]);
    }
    this.updateStatement(fields).run([
      ...fields.map((f) => record[f] ?? null),
      this.batch.at,
      existing.id as number,
    ]);
    return 'updated';
  }

  free(): void {
    this.insert.free();
    this.byKey.free();
    this.byId.free();
    this.byFingerprint.free();
    this.history.free();
    for (const s of this.updates.values()) s.free();
  }

  private recordOf(row: NormalisedRow, place: GeocodedPlace | null): Row {
    const record: Row = { ...row.values };
    const extra = this.extraValues(row, place);
    TRACKED_EXTRA.forEach((column, i) => (record[column] = extra[i] ?? null));
    return record;
  }

  /** The TRACKED_EXTRA columns of a row, in that order. */
  private extraValues(row: NormalisedRow, place: GeocodedPlace | null): PersonValue[] {
    return [
      this.batch.source,
      this.batch.batchId,
      this.batch.fileName,
      row.row,
      row.fingerprint,
      JSON.stringify(row.original),
      row.issues.length > 0 ? JSON.stringify(row.issues) : null,
      row.nameKey,
      row.nameSkeleton,
      row.emailKey,
      place?.place ?? null,
      place?.confidence ?? null,
    ];
  }

  private findExisting(row: NormalisedRow): Row | null {
    const key = typeof row.values.source_key === 'string' ? row.values.source_key : null;
    if (key !== null) {
      if (this.sourceKnown) return this.first(this.byKey, [this.batch.source, key]);
      const id = this.keysSeen.get(key);
      return id === undefined ? null : this.first(this.byId, [id]);
    }
    if (!this.sourceKnown) return null;
    this.byFingerprint.bind([this.batch.source, row.fingerprint, this.batch.batchId]);
    try {
      while (this.byFingerprint.step()) {
        const candidate = this.byFingerprint.getAsObject() as Row;
        // A record that carries a source key is found by its key, never by a keyless row.
        if (candidate.source_key === null && !this.matched.has(candidate.id as number)) return candidate;
      }
      return null;
    } finally {
      this.byFingerprint.reset();
    }
  }

  private first(statement: Statement, params: (string | number)[]): Row | null {
    statement.bind(params);
    try {
      return statement.step() ? (statement.getAsObject() as Row) : null;
    } finally {
      statement.reset();
    }
  }

  private updateStatement(fields: readonly string[]): Statement {
    const signature = fields.join(',');
    let statement = this.updates.get(signature);
    if (!statement) {
      statement = this.db.prepare(
        `UPDATE person SET ${fields.map((f) => `${f} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
      );
      this.updates.set(signature, statement);
    }
    return statement;
  }
}

function same(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a === b;
}

function asText(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

export type { PersonField };
