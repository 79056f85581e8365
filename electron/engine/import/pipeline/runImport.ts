// One import, start to finish, inside one vault transaction (`vault.bulk`): a throw, a cancel or a
// failed save leaves the vault exactly as it was. Every data row ends imported, updated, unchanged
// or rejected with a reason; the counts are written to the batch and the audit trail.
import type { Database } from 'sql.js';
import { MusterError } from '../../../../shared/errors';
import type { FileOptions, ImportCounts } from '../../../../shared/imports';
import { recordAudit } from '../../audit/audit';
import type { JobContext } from '../../types';
import { loadSqlJs } from '../../vault/sqlite';
import type { Vault } from '../../vault/vault';
import { withLocalPlaces } from '../../geo/localPlaces';
import { headerFingerprint } from '../fingerprint';
import { ColumnMappingSchema, type ColumnMapping } from '../mapping';
import { restorePersonIndexes, shouldBulkLoad, suspendPersonIndexes } from './bulkLoad';
import { countryOfPlaces, loadGeocoder, type GeocodeQuery, type Geocoder } from './geocoding';
import { openTable } from './openTable';
import { PersonWriter, type GeocodedPlace } from './personWriter';
import { planRows, type NormalisedRow } from './rowPlan';
import type { TableRow } from './table';

/** Rows read before the per-file decisions (day/month order, sex scheme) are taken. */
export const PLAN_SAMPLE_ROWS = 5000;
const CHECKPOINT_EVERY = 2000;

export interface ImportRequest extends FileOptions {
  source: string;
  mapping: ColumnMapping;
  saveTemplate?: string;
}

export interface ImportOutcome {
  batchId: number;
  counts: ImportCounts;
}

export function checkMapping(mapping: unknown): ColumnMapping {
  const parsed = ColumnMappingSchema.safeParse(mapping);
  if (!parsed.success) {
    throw new MusterError(
      'INVALID_INPUT',
      parsed.error.issues[0]?.message ?? 'The column mapping is not valid.',
    );
  }
  return parsed.data;
}

export async function runImport(
  vault: Vault,
  operator: string,
  request: ImportRequest,
  ctx: JobContext,
  now: () => Date,
  geocoder: Geocoder | null = loadGeocoder(),
): Promise<ImportOutcome> {
  const mapping = checkMapping(request.mapping);
  // Towns an officer placed by hand in this vault come before the bundled gazetteer.
  const placeFinder = withLocalPlaces(vault, geocoder);
  ctx.progress({ phase: 'reading', done: 0, total: 1 });
  // The file is read and checked before the vault is touched: an unreadable file changes nothing.
  const table = await openTable(request);
  const mapped = table.headers.filter(
    (h) => Object.hasOwn(mapping.columns, h) && mapping.columns[h] !== null,
  );
  if (mapped.length === 0) {
    throw new MusterError('INVALID_INPUT', 'No column of this file is mapped to a person field.');
  }
  const at = now().toISOString();
  const counts: ImportCounts = {
    read: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    geocoded: 0,
    unplaced: 0,
  };

  const sql = await loadSqlJs();
  const batchId = await vault.bulk(
    async (db) => {
      db.run(
        `INSERT INTO import_batch (source, file_name, format, at, operator, counts_json, mapping_json, country)
       VALUES (?, ?, ?, ?, ?, '{}', ?, ?)`,
        [
          request.source,
          table.fileName,
          table.format,
          at,
          operator,
          JSON.stringify(mapping),
          mapping.country ?? null,
        ],
      );
      const id = scalar(db, 'SELECT last_insert_rowid()');
      const firstId = scalar(db, 'SELECT coalesce(max(id), 0) + 1 FROM person');
      const writer = new PersonWriter(sql, db, {
        batchId: id,
        source: request.source,
        fileName: table.fileName,
        at,
        operator,
      });
      const reject = db.prepare('INSERT INTO import_reject (batch_id, row, reason) VALUES (?, ?, ?)');
      const total = table.totalRows ?? table.estimatedRows;
      const bulk = shouldBulkLoad({
        expectedRows: total,
        peopleBefore: scalar(db, 'SELECT count(*) FROM person'),
        sourceKnown: writer.sourceKnown,
      });
      const suspended = bulk ? suspendPersonIndexes(db) : null;
      try {
        const iterator = table.rows()[Symbol.asyncIterator]();
        const sample: TableRow[] = [];
        while (sample.length < PLAN_SAMPLE_ROWS) {
          const next = await iterator.next();
          if (next.done) break;
          sample.push(next.value);
        }
        const plan = planRows(table.headers, mapping, sample);
        const placesCountry =
          mapping.country ?? (placeFinder ? countryOfPlaces(sampleQueries(sample, plan), placeFinder) : null);
        const handle = (tableRow: TableRow) => {
          counts.read++;
          const row = plan.normalise(tableRow);
          if (row.rejectReason) {
            counts.rejected++;
            reject.run([id, row.row, row.rejectReason]);
            return;
          }
          const place = geocode(row, placeFinder, placesCountry, counts);
          const outcome = writer.write(row, place);
          counts[outcome]++;
          // Still without a point after the gazetteer: an officer places this record by hand.
          if (row.values.lat === null || row.values.lat === undefined) counts.unplaced++;
        };
        const step = async () => {
          if (counts.read % CHECKPOINT_EVERY === 0) {
            ctx.progress({ phase: 'importing', done: counts.read, total: Math.max(total, counts.read) });
            await ctx.checkpoint();
          }
        };
        for (const r of sample) {
          handle(r);
          await step();
        }
        sample.length = 0;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
          handle(next.value);
          await step();
        }
        await ctx.checkpoint();
        ctx.progress({ phase: 'importing', done: counts.read, total: counts.read });
      } finally {
        writer.free();
        reject.free();
      }
      if (suspended) {
        ctx.progress({ phase: 'indexing', done: 0, total: 1 });
        restorePersonIndexes(db, firstId, suspended);
      }
      if (counts.read === 0) {
        throw new MusterError(
          'INVALID_INPUT',
          'The file has a header row but no data rows: nothing to import.',
        );
      }
      const lastId = scalar(db, 'SELECT coalesce(max(id), 0) FROM person');
      db.run(
        'UPDATE import_batch SET counts_json = ?, first_person_id = ?, last_person_id = ? WHERE id = ?',
        [
          JSON.stringify(counts),
          counts.imported > 0 ? firstId : null,
          counts.imported > 0 ? lastId : null,
          id,
        ],
      );
      if (request.saveTemplate !== undefined) {
        db.run(
          `INSERT OR REPLACE INTO mapping_template (name, source, header_fingerprint, mapping_json, updated_at)
         VALUES (?, ?, ?, ?, ?)`,
          [
            request.saveTemplate,
            request.source,
            headerFingerprint(table.headers),
            JSON.stringify(mapping),
            at,
          ],
        );
      }
      ctx.progress({ phase: 'saving', done: 0, total: 1 });
      return id;
    },
    (u) => ctx.progress(u),
  );

  // Counts and the batch number only: file names and sources may name people.
  await recordAudit(vault, {
    operator,
    action: 'import.run',
    object: `batch ${batchId}`,
    counts: { ...counts },
    at: now(),
  });
  return { batchId, counts };
}

function sampleQueries(sample: readonly TableRow[], plan: ReturnType<typeof planRows>): GeocodeQuery[] {
  return sample.map((r) => {
    const v = plan.normalise(r).values;
    const text = (x: unknown) => (typeof x === 'string' && x ? x : null);
    return { city: text(v.city), admin1: text(v.admin1), country: text(v.country) };
  });
}

/** Coordinates from the gazetteer for a row with an address but no point; the row's country first. */
function geocode(
  row: NormalisedRow,
  geocoder: Geocoder | null,
  fileCountry: string | null,
  counts: ImportCounts,
): GeocodedPlace | null {
  const v = row.values;
  if (!geocoder || (v.lat !== null && v.lat !== undefined) || (!v.city && !v.admin1)) return null;
  const hit = geocoder({
    city: typeof v.city === 'string' ? v.city : null,
    admin1: typeof v.admin1 === 'string' ? v.admin1 : null,
    country: typeof v.country === 'string' && v.country ? v.country : fileCountry,
  });
  if (!hit) return null;
  v.lat = hit.lat;
  v.lon = hit.lon;
  counts.geocoded++;
  return { place: hit.place, confidence: hit.confidence };
}

function scalar(db: Database, sql: string): number {
  const value = db.exec(sql)[0]?.values[0]?.[0];
  return typeof value === 'number' ? value : 0;
}
