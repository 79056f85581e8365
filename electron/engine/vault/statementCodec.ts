// The plaintext of a journal record: the SQL statements of one change and their parameters.
// JSON with tagged blobs and big integers, so every value SQLite accepts survives a replay exactly.
import { MusterError } from '../../../shared/errors';

export type SqlParam = string | number | bigint | boolean | null | Uint8Array;

export interface Statement {
  sql: string;
  params?: unknown[];
}

export interface NormalizedStatement {
  sql: string;
  params: SqlParam[];
}

function normalizeParam(value: unknown): SqlParam {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new MusterError('INVALID_INPUT', 'A change carried a number SQLite cannot store.');
    return value;
  }
  if (value instanceof Uint8Array) return value;
  throw new MusterError('INVALID_INPUT', 'A change carried a value SQLite cannot store.');
}

/** What runs in memory and what is journalled must be the very same values. */
export function normalizeStatements(statements: readonly Statement[]): NormalizedStatement[] {
  return statements.map((s) => ({ sql: s.sql, params: (s.params ?? []).map(normalizeParam) }));
}

export function encodeStatements(statements: readonly NormalizedStatement[]): Buffer {
  return Buffer.from(
    JSON.stringify(statements, (_key, value: unknown) => {
      if (typeof value === 'bigint') return { $big: value.toString() };
      if (value instanceof Uint8Array) return { $blob: Buffer.from(value).toString('base64') };
      return value;
    }),
    'utf8',
  );
}

export function decodeStatements(bytes: Buffer): NormalizedStatement[] {
  const parsed = JSON.parse(bytes.toString('utf8'), (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Record<string, unknown>;
      if (typeof v.$big === 'string') return BigInt(v.$big);
      if (typeof v.$blob === 'string') return new Uint8Array(Buffer.from(v.$blob, 'base64'));
    }
    return value;
  }) as unknown;
  if (!Array.isArray(parsed)) throw new Error('journal change is not a list');
  return parsed.map((s: { sql?: unknown; params?: unknown }) => {
    if (typeof s?.sql !== 'string' || !Array.isArray(s.params))
      throw new Error('journal change is malformed');
    return { sql: s.sql, params: s.params as SqlParam[] };
  });
}
