// One writer per vault: `<vault>.lock` is created with O_EXCL and names its owner (pid and host).
// A lock left by a crashed Muster on this machine is taken over; one from another machine (a
// shared folder) cannot be checked, so it is respected.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { threadId } from 'node:worker_threads';
import { MusterError } from '../../../shared/errors';
import { tempPathFor } from './durableFile';
import { errnoOf, writeError } from './ioErrors';
import type { FsLayer } from './fsLayer';
import { writeAll } from './fsLayer';

interface LockOwner {
  pid: number;
  /** The app's engine runs in a worker thread: its id tells a lock of a stopped engine in this process. */
  threadId: number;
  hostname: string;
  token: string;
  createdAt: string;
}

export interface LockOptions {
  /**
   * Set by the app's engine worker, the only engine in its process: a lock that names this process
   * but another thread was left by an engine worker that stopped (crashed or was ended), and the
   * process is not going to release it otherwise.
   */
  reclaimFromOtherThreads?: boolean;
}

export interface VaultLock {
  readonly path: string;
  release(): void;
}

/** A lock file without readable content is being written right now, or was torn by a crash long ago. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

export function lockPathFor(vaultPath: string): string {
  return `${vaultPath}.lock`;
}

const lockedByOther = () =>
  new MusterError(
    'VAULT_LOCKED_BY_OTHER',
    'This vault is open in another Muster window or on another computer; close it there first.',
  );

function parseOwner(bytes: Buffer): LockOwner | null {
  try {
    const raw = JSON.parse(bytes.toString('utf8')) as Partial<LockOwner>;
    if (typeof raw.pid === 'number' && typeof raw.hostname === 'string' && typeof raw.token === 'string') {
      return raw as LockOwner;
    }
  } catch {
    // fall through: unreadable
  }
  return null;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return errnoOf(e) !== 'ESRCH';
  }
}

/** Creates `path` exclusively with `content`; a failed write removes the file it created. */
function writeNew(fs: FsLayer, path: string, content: Buffer): void {
  const fd = fs.openSync(path, 'wx', 0o600);
  try {
    writeAll(fs, fd, content, null);
  } catch (e) {
    fs.closeSync(fd);
    removeQuietly(fs, path);
    throw e;
  }
  fs.closeSync(fd);
}

function removeQuietly(fs: FsLayer, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Gone already; a leftover temporary is removed at the next open.
  }
}

/**
 * Creates the lock with its content in one step: written to a temporary file, then hard-linked to
 * the lock name (a link fails if the name exists). A crash can therefore never leave a lock file
 * without an owner in it. Where hard links are unsupported, O_EXCL and a write instead.
 */
function tryCreate(fs: FsLayer, path: string, owner: LockOwner): boolean {
  const content = Buffer.from(JSON.stringify(owner), 'utf8');
  const temp = tempPathFor(path);
  try {
    writeNew(fs, temp, content);
    try {
      fs.linkSync(temp, path);
      return true;
    } catch (e) {
      const code = errnoOf(e);
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    }
    try {
      writeNew(fs, path, content);
      return true;
    } catch (e) {
      if (errnoOf(e) === 'EEXIST') return false;
      throw e;
    }
  } catch (e) {
    throw writeError(e, 'open the vault for writing');
  } finally {
    removeQuietly(fs, temp);
  }
}

function isStale(fs: FsLayer, path: string, content: Buffer, options: LockOptions): boolean {
  const owner = parseOwner(content);
  if (owner === null) {
    try {
      return Date.now() - fs.statSync(path).mtimeMs > UNREADABLE_LOCK_GRACE_MS;
    } catch {
      return false;
    }
  }
  if (owner.hostname !== hostname()) return false;
  if (owner.pid === process.pid)
    return options.reclaimFromOtherThreads === true && owner.threadId !== threadId;
  return !processIsAlive(owner.pid);
}

function readOrNull(fs: FsLayer, path: string): Buffer | null {
  try {
    return fs.readFileSync(path);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return null;
    throw writeError(e, 'open the vault for writing');
  }
}

export function acquireLock(fs: FsLayer, vaultPath: string, options: LockOptions = {}): VaultLock {
  const path = lockPathFor(vaultPath);
  const owner: LockOwner = {
    pid: process.pid,
    threadId,
    hostname: hostname(),
    token: randomBytes(16).toString('hex'),
    createdAt: new Date().toISOString(),
  };
  if (!tryCreate(fs, path, owner)) {
    const content = readOrNull(fs, path);
    if (content !== null) {
      if (!isStale(fs, path, content, options)) throw lockedByOther();
      // Re-read just before removing, so a lock another process has just taken over is left alone.
      const again = readOrNull(fs, path);
      if (again !== null && !again.equals(content)) throw lockedByOther();
      try {
        fs.unlinkSync(path);
      } catch (e) {
        if (errnoOf(e) !== 'ENOENT') throw writeError(e, 'open the vault for writing');
      }
    }
    if (!tryCreate(fs, path, owner)) throw lockedByOther();
  }
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      const current = readOrNull(fs, path);
      if (current !== null && parseOwner(current)?.token === owner.token) fs.unlinkSync(path);
    },
  };
}
