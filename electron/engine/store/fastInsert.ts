// A prepared INSERT that binds a whole row with one copy into WebAssembly memory.
//
// sql.js binds each string by allocating it in WebAssembly memory, encoding it character by
// character in JavaScript, and freeing it again on reset: for a 45-column person row that is about
// 50 µs, more than SQLite spends storing the row. Here every string of the row is encoded at once
// with TextEncoder into one reusable buffer, copied in with a single `set`, and bound in place
// (SQLITE_STATIC: SQLite reads the bytes during step and the buffer is not touched before reset).
//
// sql.js does not publish the statement's native handle, so it is found once by probing a test
// statement. When that fails (another sql.js build), the inserter falls back to sql.js's own
// binding: slower, never wrong.
import type { Database, SqlJsStatic, SqlValue, Statement } from 'sql.js';

export type InsertValue = string | number | null;

export interface RowInserter {
  run(values: readonly InsertValue[]): void;
  free(): void;
  /** False when sql.js's own binding is used (the handle could not be found). */
  readonly fast: boolean;
}

/** The parts of sql.js's module the fast path calls: exported by its build, absent from its types. */
interface WasmSqlite {
  _malloc(size: number): number;
  _free(pointer: number): void;
  writeArrayToMemory(bytes: Uint8Array, pointer: number): void;
  _sqlite3_bind_text(stmt: number, index: number, text: number, bytes: number, destructor: number): number;
  _sqlite3_bind_int(stmt: number, index: number, value: number): number;
  _sqlite3_bind_double(stmt: number, index: number, value: number): number;
  _sqlite3_clear_bindings(stmt: number): number;
  _sqlite3_step(stmt: number): number;
  _sqlite3_reset(stmt: number): number;
}

const SQLITE_OK = 0;
const SQLITE_DONE = 101;
const SQLITE_STATIC = 0;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

const encoder = new TextEncoder();

export function prepareInserter(sql: SqlJsStatic, db: Database, insertSql: string): RowInserter {
  const statement = db.prepare(insertSql);
  const wasm = wasmSqlite(sql);
  const handle = wasm ? statementHandle(wasm, db) : null;
  if (!wasm || handle === null) return standardInserter(statement);
  const stmt = nativeHandleOf(statement, handle);
  if (stmt === null) return standardInserter(statement);
  return new FastInserter(wasm, statement, stmt);
}

class FastInserter implements RowInserter {
  readonly fast = true;
  private scratch = new Uint8Array(64 * 1024);
  private buffer: number;
  private capacity: number;
  /** (parameter index, offset, byte length) of each string of the current row. */
  private spans: number[] = [];

  constructor(
    private readonly wasm: WasmSqlite,
    private readonly statement: Statement,
    private readonly stmt: number,
  ) {
    this.capacity = this.scratch.length;
    this.buffer = wasm._malloc(this.capacity);
  }

  run(values: readonly InsertValue[]): void {
    const { wasm, stmt } = this;
    wasm._sqlite3_clear_bindings(stmt);
    const spans = this.spans;
    spans.length = 0;
    let used = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      if (typeof value === 'number') {
        const rc =
          Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX
            ? wasm._sqlite3_bind_int(stmt, i + 1, value)
            : wasm._sqlite3_bind_double(stmt, i + 1, value);
        if (rc !== SQLITE_OK) return this.retryStandard(values);
        continue;
      }
      // UTF-8 takes at most three bytes per UTF-16 code unit.
      if (this.scratch.length - used < value.length * 3) this.growScratch(used + value.length * 3);
      const { written } = encoder.encodeInto(value, this.scratch.subarray(used));
      spans.push(i + 1, used, written);
      used += written;
    }
    if (used > this.capacity) this.growBuffer(used);
    if (used > 0) wasm.writeArrayToMemory(this.scratch.subarray(0, used), this.buffer);
    for (let k = 0; k < spans.length; k += 3) {
      const rc = wasm._sqlite3_bind_text(
        stmt,
        spans[k] as number,
        this.buffer + (spans[k + 1] as number),
        spans[k + 2] as number,
        SQLITE_STATIC,
      );
      if (rc !== SQLITE_OK) return this.retryStandard(values);
    }
    const rc = wasm._sqlite3_step(stmt);
    wasm._sqlite3_reset(stmt);
    if (rc !== SQLITE_DONE) this.retryStandard(values);
  }

  free(): void {
    this.wasm._sqlite3_clear_bindings(this.stmt);
    this.statement.free();
    this.wasm._free(this.buffer);
  }

  /** A failed row goes through sql.js once more, which raises SQLite's own error message. */
  private retryStandard(values: readonly InsertValue[]): void {
    this.wasm._sqlite3_clear_bindings(this.stmt);
    this.statement.run(values as SqlValue[]);
  }

  private growScratch(needed: number): void {
    const next = new Uint8Array(Math.max(needed, this.scratch.length * 2));
    next.set(this.scratch);
    this.scratch = next;
  }

  private growBuffer(needed: number): void {
    this.wasm._free(this.buffer);
    this.capacity = Math.max(needed, this.capacity * 2);
    this.buffer = this.wasm._malloc(this.capacity);
  }
}

function standardInserter(statement: Statement): RowInserter {
  return {
    fast: false,
    run: (values) => statement.run(values as SqlValue[]),
    free: () => statement.free(),
  };
}

function wasmSqlite(sql: SqlJsStatic): WasmSqlite | null {
  const m = sql as unknown as Partial<WasmSqlite>;
  const needed: (keyof WasmSqlite)[] = [
    '_malloc',
    '_free',
    'writeArrayToMemory',
    '_sqlite3_bind_text',
    '_sqlite3_bind_int',
    '_sqlite3_bind_double',
    '_sqlite3_clear_bindings',
    '_sqlite3_step',
    '_sqlite3_reset',
  ];
  return needed.every((name) => typeof m[name] === 'function') ? (m as WasmSqlite) : null;
}

/** Heap addresses of prepared statements lie far above small counters like the bind position. */
const MIN_POINTER = 65536;

function pointerProperties(statement: Statement): string[] {
  return Object.keys(statement).filter((key) => {
    const value = (statement as unknown as Record<string, unknown>)[key];
    return typeof value === 'number' && Number.isInteger(value) && value >= MIN_POINTER;
  });
}

function nativeHandleOf(statement: Statement, property: string): number | null {
  const value = (statement as unknown as Record<string, unknown>)[property];
  return typeof value === 'number' ? value : null;
}

const handleProperty = new WeakMap<object, string | null>();

/**
 * The property of sql.js's Statement that holds the native statement: the one pointer-sized
 * number on a fresh statement, confirmed by binding a value through it and reading it back with
 * sql.js's own API.
 */
function statementHandle(wasm: WasmSqlite, db: Database): string | null {
  if (handleProperty.has(wasm)) return handleProperty.get(wasm) ?? null;
  let found: string | null = null;
  const probe = db.prepare('SELECT ?1');
  try {
    const candidates = pointerProperties(probe);
    const candidate = candidates.length === 1 ? (candidates[0] as string) : null;
    const stmt = candidate === null ? null : nativeHandleOf(probe, candidate);
    if (candidate !== null && stmt !== null && wasm._sqlite3_bind_int(stmt, 1, 424242) === SQLITE_OK) {
      if (probe.step() && probe.get()[0] === 424242) found = candidate;
    }
  } finally {
    probe.free();
  }
  handleProperty.set(wasm, found);
  return found;
}
