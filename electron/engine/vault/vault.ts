// A vault: one encrypted SQLite database in memory, persisted as an encrypted snapshot file plus an
// encrypted journal of the changes made since. Every method that writes goes through one queue, so
// a long bulk load, a save and a small change never interleave.
import { randomBytes, randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import type { Database } from 'sql.js';
import type { KdfParams, VaultSummary } from '../../../shared/domain';
import { MusterError } from '../../../shared/errors';
import { MIGRATIONS, type Migration } from '../store/migrations';
import { applyMigrations, assertSchemaSupported, pendingMigrations, schemaVersion } from '../store/migrate';
import { mirrorAtomically, removeStaleTemporaries } from './durableFile';
import { FORMAT_VERSION, SALT_BYTES, type VaultHeader } from './format';
import { realFs, type FsLayer } from './fsLayer';
import { errnoOf, readError } from './ioErrors';
import { checkKdfBounds, DEFAULT_KDF, deriveMasterKey } from './kdf';
import { deriveVaultKeys, keyCheckMatches, wipeKeys, type VaultKeys } from './keys';
import { journalPathFor, JournalWriter, MAX_RECORD_BYTES, readJournal, type JournalScan } from './journal';
import { acquireLock, lockPathFor, type VaultLock } from './lockFile';
import { exportDatabase, loadSqlJs, openDatabase, queryRows, runStatements } from './sqlite';
import {
  backupPathFor,
  decryptSnapshot,
  metaOf,
  openSnapshot,
  writeSnapshot,
  type SnapshotMeta,
} from './snapshotFile';
import { decodeStatements, encodeStatements, normalizeStatements, type Statement } from './statementCodec';

export type { Statement } from './statementCodec';

export type ProgressFn = (update: { phase: string; done: number; total: number }) => void;

interface CommonOptions {
  onProgress?: ProgressFn;
  signal?: AbortSignal;
  /** Tests inject failures here; everything else uses the real file system. */
  fs?: FsLayer;
  migrations?: readonly Migration[];
  now?: () => Date;
  /** See LockOptions: only the app's engine worker sets this. */
  reclaimLocksFromOtherThreads?: boolean;
  /** When the journal is folded into a new snapshot; the defaults suit every real use. */
  checkpointAfter?: { records: number; bytes: number };
}

export interface CreateOptions extends CommonOptions {
  /** Key-derivation cost; DEFAULT_KDF unless a caller (tests, the CLI's test mode) asks for cheaper. */
  kdf?: KdfParams;
}

export interface OpenOptions extends CommonOptions {
  /** No lock file and no writes at all: for inspecting a vault another Muster may have open. */
  readOnly?: boolean;
}

export type VaultInfo = Omit<VaultSummary, 'operator'>;

/**
 * Past either bound, the next change folds the journal into a new snapshot: replaying 5,000 small
 * changes at unlock takes well under a second, and a full save at 1M people about one.
 */
const DEFAULT_CHECKPOINT_AFTER = { records: 5000, bytes: 16 * 1024 * 1024 };
/** After a failed automatic checkpoint (e.g. a full disk), wait this many changes before trying again. */
const CHECKPOINT_RETRY_RECORDS = 500;
/** Journal records replayed between two yields to the event loop (so a cancel can arrive). */
const REPLAY_YIELD_EVERY = 500;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new MusterError('CANCELLED', 'Cancelled; the vault was not changed.');
}

const wrongPassphrase = () => new MusterError('WRONG_PASSPHRASE', 'Wrong passphrase for this vault.');

function checkNewPassphrase(passphrase: string): void {
  if (passphrase.length === 0) throw new MusterError('INVALID_INPUT', 'Enter the passphrase.');
}

/** Settings a caller asks for: refused as input, where the same bounds in a header mean damage. */
function checkNewKdf(kdf: KdfParams): void {
  try {
    checkKdfBounds(kdf);
  } catch {
    throw new MusterError('INVALID_INPUT', 'Key-derivation settings are out of bounds.');
  }
}

interface VaultState {
  path: string;
  readOnly: boolean;
  fs: FsLayer;
  now: () => Date;
  checkpointAfter: { records: number; bytes: number };
  db: Database;
  keys: VaultKeys;
  meta: SnapshotMeta;
  lock: VaultLock | null;
  adopted: Buffer | null;
  journalRecords: number;
  recoveredTornJournal: boolean;
}

export class Vault {
  readonly path: string;
  readonly readOnly: boolean;
  private readonly fs: FsLayer;
  private readonly now: () => Date;
  private readonly checkpointAfter: { records: number; bytes: number };
  private database: Database | null;
  private keys: VaultKeys | null;
  private meta: SnapshotMeta;
  private lock: VaultLock | null;
  /** The decrypted bytes sql.js adopted as its file: wiped once the database is closed. */
  private adopted: Buffer | null;
  private journal: JournalWriter | null = null;
  private journalRecords: number;
  private readonly recoveredTornJournal: boolean;
  /** Memory holds changes that are in neither snapshot nor journal (a bulk load whose save failed). */
  private needsCheckpoint = false;
  private checkpointRetryAt = 0;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(s: VaultState) {
    this.path = s.path;
    this.readOnly = s.readOnly;
    this.fs = s.fs;
    this.now = s.now;
    this.checkpointAfter = s.checkpointAfter;
    this.database = s.db;
    this.keys = s.keys;
    this.meta = s.meta;
    this.lock = s.lock;
    this.adopted = s.adopted;
    this.journalRecords = s.journalRecords;
    this.recoveredTornJournal = s.recoveredTornJournal;
  }

  // --- opening ----------------------------------------------------------------------------------

  static async create(path: string, passphrase: string, options: CreateOptions = {}): Promise<Vault> {
    const fs = options.fs ?? realFs;
    const kdf = options.kdf ?? DEFAULT_KDF;
    const progress = options.onProgress ?? (() => {});
    const now = options.now ?? (() => new Date());
    checkNewPassphrase(passphrase);
    checkNewKdf(kdf);
    assertCreatable(fs, path);
    throwIfCancelled(options.signal);

    progress({ phase: 'deriving key', done: 0, total: 1 });
    const salt = randomBytes(SALT_BYTES);
    const keys = deriveVaultKeys(await deriveMasterKey(passphrase, salt, kdf));
    progress({ phase: 'deriving key', done: 1, total: 1 });

    let lock: VaultLock | null = null;
    let db: Database | null = null;
    try {
      throwIfCancelled(options.signal);
      lock = acquireLock(fs, path, { reclaimFromOtherThreads: options.reclaimLocksFromOtherThreads });
      db = openDatabase(await loadSqlJs());
      const migrations = options.migrations ?? MIGRATIONS;
      applyMigrations(db, migrations, (done, total) => progress({ phase: 'migrating', done, total }));
      const meta: SnapshotMeta = {
        kdf,
        salt,
        vaultId: randomUUID(),
        generation: 1,
        savedAt: now().toISOString(),
      };
      db.run('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)', [
        'vault_id',
        meta.vaultId,
        'created_at',
        meta.savedAt,
      ]);
      const plaintext = exportDatabase(db);
      try {
        writeSnapshot(fs, path, {
          meta,
          key: keys.snapshotKey,
          keyCheck: keys.keyCheck,
          plaintext,
          exclusive: true,
          onProgress: (done, total) => progress({ phase: 'saving', done, total }),
        });
      } finally {
        plaintext.fill(0);
      }
      const vault = new Vault({
        path,
        readOnly: false,
        fs,
        now,
        checkpointAfter: options.checkpointAfter ?? DEFAULT_CHECKPOINT_AFTER,
        db,
        keys,
        meta,
        lock,
        adopted: null,
        journalRecords: 0,
        recoveredTornJournal: false,
      });
      vault.startFreshJournal();
      return vault;
    } catch (e) {
      db?.close();
      wipeKeys(keys);
      releaseQuietly(lock);
      throw e;
    }
  }

  static async open(path: string, passphrase: string, options: OpenOptions = {}): Promise<Vault> {
    const fs = options.fs ?? realFs;
    const readOnly = options.readOnly === true;
    const progress = options.onProgress ?? (() => {});
    const migrations = options.migrations ?? MIGRATIONS;
    throwIfCancelled(options.signal);

    // Format, truncation and header damage are reported before spending time on the key.
    const probe = openSnapshot(fs, path);
    fs.closeSync(probe.fd);
    const keys = await unlockKeys(passphrase, metaOf(probe.header), keyCheckOf(probe.header), progress);

    let lock: VaultLock | null = null;
    let db: Database | null = null;
    let plaintext: Buffer | null = null;
    let vault: Vault | null = null;
    try {
      throwIfCancelled(options.signal);
      if (!readOnly)
        lock = acquireLock(fs, path, { reclaimFromOtherThreads: options.reclaimLocksFromOtherThreads });
      // Read again under the lock: another writer may have saved since the probe.
      const opened = openSnapshot(fs, path);
      const meta = metaOf(opened.header);
      try {
        if (!keyCheckMatches(keys, keyCheckOf(opened.header))) {
          const fresh = await unlockKeys(passphrase, meta, keyCheckOf(opened.header), progress);
          swapKeys(keys, fresh);
        }
        plaintext = await decryptSnapshot(fs, opened, keys.snapshotKey, async (done, total) => {
          progress({ phase: 'decrypting', done, total });
          await yieldToLoop();
          throwIfCancelled(options.signal);
        });
      } finally {
        fs.closeSync(opened.fd);
      }

      db = openDatabase(await loadSqlJs(), plaintext, true);
      checkIsDatabase(db);
      assertSchemaSupported(db, migrations);

      const journalPath = journalPathFor(path);
      const scan = readJournal(fs, journalPath, keys.journalKey, {
        vaultId: meta.vaultId,
        generation: meta.generation,
      });
      await replay(db, scan, progress, options.signal);

      const pending = pendingMigrations(db, migrations);
      if (pending.length > 0) {
        // Read-only opens migrate in memory only, so the code can read an older vault without writing it.
        applyMigrations(db, migrations, (done, total) => progress({ phase: 'migrating', done, total }));
      }

      vault = new Vault({
        path,
        readOnly,
        fs,
        now: options.now ?? (() => new Date()),
        checkpointAfter: options.checkpointAfter ?? DEFAULT_CHECKPOINT_AFTER,
        db,
        keys,
        meta,
        lock,
        adopted: plaintext,
        journalRecords: scan.changes.length,
        recoveredTornJournal: scan.torn,
      });
      if (!readOnly) {
        if (scan.status === 'current') {
          vault.journal = JournalWriter.resume(fs, journalPath, keys.journalKey, vault.binding(), scan);
        }
        if (pending.length > 0) await vault.save((u) => progress(u));
        removeStaleTemporaries(fs, path);
        removeStaleTemporaries(fs, journalPath);
        removeStaleTemporaries(fs, backupPathFor(path));
        removeStaleTemporaries(fs, lockPathFor(path));
      }
      return vault;
    } catch (e) {
      vault?.journal?.close();
      db?.close();
      plaintext?.fill(0);
      wipeKeys(keys);
      releaseQuietly(lock);
      throw e;
    }
  }

  // --- reading ----------------------------------------------------------------------------------

  /** The live sql.js database. Writes belong in `mutate` or `bulk`, or they are not durable. */
  get db(): Database {
    return this.requireOpen();
  }

  get isOpen(): boolean {
    return this.database !== null;
  }

  query<T>(sql: string, params: readonly unknown[] = []): T[] {
    return queryRows<T>(this.requireOpen(), sql, params);
  }

  info(): VaultInfo {
    const db = this.requireOpen();
    const count = (table: string) =>
      queryRows<{ c: number }>(db, `SELECT count(*) AS c FROM ${table}`)[0]?.c ?? 0;
    return {
      path: this.path,
      formatVersion: FORMAT_VERSION,
      schemaVersion: schemaVersion(db),
      kdf: this.meta.kdf,
      generation: this.meta.generation,
      savedAt: this.meta.savedAt,
      journalRecords: this.journalRecords,
      counts: { people: count('person'), auditEntries: count('audit') },
      ...(this.recoveredTornJournal ? { recoveredTornJournal: true } : {}),
    };
  }

  // --- writing ----------------------------------------------------------------------------------

  /**
   * Applies the statements in one transaction and resolves once they are in the journal on disk.
   * Statements must be deterministic (timestamps and ids come in as parameters): the journal
   * replays them on the next open.
   */
  mutate(statements: readonly Statement[]): Promise<void> {
    return this.exclusive(async () => {
      const db = this.requireWritable();
      const normalized = normalizeStatements(statements);
      if (normalized.length === 0) return;
      const payload = encodeStatements(normalized);
      try {
        if (payload.length > MAX_RECORD_BYTES) {
          throw new MusterError(
            'INVALID_INPUT',
            'This change is too large to record at once; import it in bulk.',
          );
        }
        const journal = await this.writableJournal();
        db.run('BEGIN IMMEDIATE');
        try {
          runStatements(db, normalized);
          journal.append(payload);
        } catch (e) {
          rollbackQuietly(db);
          throw e;
        }
        db.run('COMMIT');
        this.journalRecords++;
      } finally {
        payload.fill(0);
      }
      await this.checkpointIfJournalIsLarge();
    });
  }

  /**
   * For big loads (imports): `fn` writes straight into the database inside one transaction, then the
   * whole vault is saved. Nothing is journalled row by row. A throw rolls everything back. `fn` must
   * not call the vault's other writing methods: they wait for it to finish.
   */
  bulk<T>(fn: (db: Database) => T | Promise<T>, onProgress?: ProgressFn): Promise<T> {
    return this.exclusive(async () => {
      const db = this.requireWritable();
      // Earlier journalled changes must not be replayed on top of a snapshot that lacks this load.
      if (this.needsCheckpoint || this.journal?.broken) await this.saveLocked(onProgress);
      db.run('BEGIN');
      let result: T;
      try {
        result = await fn(db);
        db.run('COMMIT');
      } catch (e) {
        rollbackQuietly(db);
        throw e;
      }
      this.needsCheckpoint = true;
      await this.saveLocked(onProgress);
      return result;
    });
  }

  /** Writes a new snapshot generation and starts a fresh journal (a checkpoint). */
  save(onProgress?: ProgressFn): Promise<void> {
    return this.exclusive(() => this.saveLocked(onProgress));
  }

  /** Re-encrypts the vault under a new passphrase and salt, after verifying the current one. */
  changePassphrase(current: string, next: string, options: { kdf?: KdfParams } = {}): Promise<void> {
    return this.exclusive(async () => {
      this.requireWritable();
      checkNewPassphrase(next);
      const kdf = options.kdf ?? this.meta.kdf;
      checkNewKdf(kdf);
      const check = deriveVaultKeys(await deriveMasterKey(current, this.meta.salt, this.meta.kdf));
      const matches = keyCheckMatches(check, this.requireKeys().keyCheck);
      wipeKeys(check);
      if (!matches) throw wrongPassphrase();
      const salt = randomBytes(SALT_BYTES);
      const keys = deriveVaultKeys(await deriveMasterKey(next, salt, kdf));
      try {
        await this.saveLocked(undefined, { keys, salt, kdf });
      } catch (e) {
        wipeKeys(keys);
        throw e;
      }
      // The backup would still open with the old passphrase (which may be why it is being changed).
      this.replaceBackupWithCurrent();
    });
  }

  /** Drops the decrypted database and the keys from memory and releases the write lock. */
  async close(): Promise<void> {
    if (this.database === null) return;
    await this.exclusive(async () => {
      if (this.database === null) return;
      if (!this.readOnly && this.needsCheckpoint) {
        try {
          await this.saveLocked();
        } catch {
          // The load that could not be saved was already reported as failed to its caller.
        }
      }
      this.journal?.close();
      this.journal = null;
      this.database.close();
      this.database = null;
      // The whole allocation: the database may have grown into the room reserved after the plaintext.
      if (this.adopted) new Uint8Array(this.adopted.buffer, this.adopted.byteOffset).fill(0);
      this.adopted = null;
      wipeKeys(this.keys);
      this.keys = null;
      releaseQuietly(this.lock);
      this.lock = null;
    });
  }

  // --- internals --------------------------------------------------------------------------------

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private requireOpen(): Database {
    if (this.database === null) throw new MusterError('LOCKED', 'The vault is locked; unlock it first.');
    return this.database;
  }

  private requireKeys(): VaultKeys {
    if (this.keys === null) throw new MusterError('LOCKED', 'The vault is locked; unlock it first.');
    return this.keys;
  }

  private requireWritable(): Database {
    const db = this.requireOpen();
    if (this.readOnly) throw new MusterError('FORBIDDEN', 'The vault was opened read-only.');
    return db;
  }

  private binding() {
    return { vaultId: this.meta.vaultId, generation: this.meta.generation };
  }

  private journalPath(): string {
    return journalPathFor(this.path);
  }

  /** The journal to append to, replacing a missing or unusable one first. */
  private async writableJournal(): Promise<JournalWriter> {
    if (this.needsCheckpoint || this.journal?.broken) await this.saveLocked();
    if (this.journal === null) {
      this.journal = JournalWriter.create(
        this.fs,
        this.journalPath(),
        this.requireKeys().journalKey,
        this.binding(),
      );
    }
    return this.journal;
  }

  private startFreshJournal(): void {
    this.journal?.close();
    this.journal = null;
    try {
      this.journal = JournalWriter.create(
        this.fs,
        this.journalPath(),
        this.requireKeys().journalKey,
        this.binding(),
      );
    } catch {
      // The snapshot holds everything. The old journal belongs to an earlier generation and is ignored
      // on open, but may be readable with a previous passphrase: remove it. The next change retries.
      try {
        this.fs.unlinkSync(this.journalPath());
      } catch {
        // Nothing more to do; it is ignored on open either way.
      }
    }
  }

  private async saveLocked(
    onProgress?: ProgressFn,
    rekey?: { keys: VaultKeys; salt: Buffer; kdf: KdfParams },
  ): Promise<void> {
    const db = this.requireWritable();
    const keys = rekey?.keys ?? this.requireKeys();
    const meta: SnapshotMeta = {
      kdf: rekey?.kdf ?? this.meta.kdf,
      salt: rekey?.salt ?? this.meta.salt,
      vaultId: this.meta.vaultId,
      generation: this.meta.generation + 1,
      savedAt: this.now().toISOString(),
    };
    onProgress?.({ phase: 'saving', done: 0, total: 1 });
    const plaintext = exportDatabase(db);
    try {
      writeSnapshot(this.fs, this.path, {
        meta,
        key: keys.snapshotKey,
        keyCheck: keys.keyCheck,
        plaintext,
        onProgress: (done, total) => onProgress?.({ phase: 'saving', done, total }),
      });
    } finally {
      plaintext.fill(0);
    }
    this.meta = meta;
    if (rekey) {
      wipeKeys(this.keys);
      this.keys = rekey.keys;
    }
    this.journalRecords = 0;
    this.needsCheckpoint = false;
    this.checkpointRetryAt = 0;
    this.startFreshJournal();
    await yieldToLoop();
  }

  private async checkpointIfJournalIsLarge(): Promise<void> {
    const journal = this.journal;
    if (journal === null) return;
    const large =
      journal.records >= this.checkpointAfter.records || journal.bytes >= this.checkpointAfter.bytes;
    if (!large || journal.records < this.checkpointRetryAt) return;
    try {
      await this.saveLocked();
    } catch {
      // The change itself is durable in the journal; only the folding is postponed.
      this.checkpointRetryAt = journal.records + CHECKPOINT_RETRY_RECORDS;
    }
  }

  private replaceBackupWithCurrent(): void {
    const backup = backupPathFor(this.path);
    try {
      mirrorAtomically(this.fs, this.path, backup, 'refresh the backup copy');
    } catch {
      try {
        this.fs.unlinkSync(backup);
      } catch {
        // Left as it was: still encrypted, under the previous passphrase.
      }
    }
  }
}

// --- helpers for opening ------------------------------------------------------------------------

function assertCreatable(fs: FsLayer, path: string): void {
  try {
    fs.statSync(path);
    throw new MusterError('VAULT_EXISTS', 'A file already exists at this path; choose another name.');
  } catch (e) {
    if (e instanceof MusterError) throw e;
    if (errnoOf(e) !== 'ENOENT') throw readError(e, 'the chosen path');
  }
  let folder;
  try {
    folder = fs.statSync(dirname(path));
  } catch (e) {
    throw readError(e, 'the chosen folder');
  }
  if (!folder.isDirectory()) throw new MusterError('NOT_FOUND', 'The chosen folder does not exist.');
}

/** Derives the keys and checks them against the header's key check: WRONG_PASSPHRASE before any decryption. */
async function unlockKeys(
  passphrase: string,
  meta: SnapshotMeta,
  keyCheck: Buffer,
  progress: ProgressFn,
): Promise<VaultKeys> {
  progress({ phase: 'deriving key', done: 0, total: 1 });
  const keys = deriveVaultKeys(await deriveMasterKey(passphrase, meta.salt, meta.kdf));
  progress({ phase: 'deriving key', done: 1, total: 1 });
  if (!keyCheckMatches(keys, keyCheck)) {
    wipeKeys(keys);
    throw wrongPassphrase();
  }
  return keys;
}

function swapKeys(target: VaultKeys, fresh: VaultKeys): void {
  wipeKeys({ ...target });
  target.snapshotKey = fresh.snapshotKey;
  target.journalKey = fresh.journalKey;
  target.keyCheck = fresh.keyCheck;
}

function keyCheckOf(header: VaultHeader): Buffer {
  return Buffer.from(header.keyCheck, 'base64');
}

function checkIsDatabase(db: Database): void {
  try {
    db.exec('SELECT count(*) FROM sqlite_master');
  } catch {
    // Authentic yet unreadable: written by a broken build, not by accident. Still: the file is unusable.
    throw new MusterError('VAULT_DAMAGED', 'The vault file is damaged (its database cannot be read).');
  }
}

async function replay(
  db: Database,
  scan: JournalScan,
  progress: ProgressFn,
  signal?: AbortSignal,
): Promise<void> {
  if (scan.changes.length === 0) return;
  db.run('BEGIN');
  try {
    for (let i = 0; i < scan.changes.length; i++) {
      const change = scan.changes[i] as Buffer;
      runStatements(db, decodeStatements(change));
      change.fill(0);
      if ((i + 1) % REPLAY_YIELD_EVERY === 0 || i + 1 === scan.changes.length) {
        progress({ phase: 'replaying journal', done: i + 1, total: scan.changes.length });
        await yieldToLoop();
        throwIfCancelled(signal);
      }
    }
  } catch (e) {
    db.run('ROLLBACK');
    if (e instanceof MusterError) throw e;
    throw new MusterError('JOURNAL_DAMAGED', "The vault's journal holds a change that cannot be replayed.", {
      cause: e,
    });
  }
  db.run('COMMIT');
}

function rollbackQuietly(db: Database): void {
  try {
    db.run('ROLLBACK');
  } catch {
    // The failing step already ended the transaction.
  }
}

function releaseQuietly(lock: VaultLock | null): void {
  try {
    lock?.release();
  } catch {
    // A lock file that cannot be removed is taken over as stale by the next open on this machine.
  }
}
