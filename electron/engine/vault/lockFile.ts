// One writer per vault: `<vault>.lock` is created with O_EXCL and names its owner (pid and host).
// A lock left by a crashed Muster on this machine is taken over; one from another machine (a
// shared folder) cannot be checked, so it is respected.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { MusterError } from '../../../shared/errors';
import { errnoOf, writeError } from './ioErrors';
import type { FsLayer } from './fsLayer';
import { writeAll } from './fsLayer';

interface LockOwner {
  pid: number;
  hostname: string;
  token: string;
  createdAt: string;
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

function tryCreate(fs: FsLayer, path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(path, 'wx', 0o600);
  } catch (e) {
    if (errnoOf(e) === 'EEXIST') return false;
    throw writeError(e, 'open the vault for writing');
  }
  try {
    writeAll(fs, fd, Buffer.from(JSON.stringify(owner), 'utf8'), null);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.unlinkSync(path);
    throw writeError(e, 'open the vault for writing');
  }
  fs.closeSync(fd);
  return true;
}

function isStale(fs: FsLayer, path: string, content: Buffer): boolean {
  const owner = parseOwner(content);
  if (owner === null) {
    try {
      return Date.now() - fs.statSync(path).mtimeMs > UNREADABLE_LOCK_GRACE_MS;
    } catch {
      return false;
    }
  }
  return owner.hostname === hostname() && !processIsAlive(owner.pid);
}

function readOrNull(fs: FsLayer, path: string): Buffer | null {
  try {
    return fs.readFileSync(path);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return null;
    throw writeError(e, 'open the vault for writing');
  }
}

export function acquireLock(fs: FsLayer, vaultPath: string): VaultLock {
  const path = lockPathFor(vaultPath);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    token: randomBytes(16).toString('hex'),
    createdAt: new Date().toISOString(),
  };
  if (!tryCreate(fs, path, owner)) {
    const content = readOrNull(fs, path);
    if (content !== null) {
      if (!isStale(fs, path, content)) throw lockedByOther();
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
