// Whole-file writes that survive a crash at any instant: the new content goes to a temporary file in
// the same folder, is flushed, then renamed over the target, and the folder entry is flushed too.
// The target path therefore always holds either the old or the new complete file.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { MusterError } from '../../../shared/errors';
import { errnoOf, writeError } from './ioErrors';
import type { FsLayer } from './fsLayer';
import { writeAll } from './fsLayer';

const TEMP_SUFFIX = '.tmp';

/** An unguessable sibling name, so no other local user can pre-create or predict it. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(12).toString('hex')}${TEMP_SUFFIX}`);
}

function isTempOf(target: string, name: string): boolean {
  const prefix = `.${basename(target)}.`;
  return (
    name.startsWith(prefix) &&
    name.endsWith(TEMP_SUFFIX) &&
    /^[0-9a-f]{24}$/.test(name.slice(prefix.length, -TEMP_SUFFIX.length))
  );
}

/** Flushes a folder's entries (the rename itself). Windows cannot open folders; NTFS journals renames. */
export function syncFolder(fs: FsLayer, folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(fs: FsLayer, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Already gone, or the folder refuses: nothing more can be done, and the file holds only ciphertext.
  }
}

export interface AtomicWriteOptions {
  /** Keep the replaced file as `backupPath` (hard link, or a copy where links are unsupported). */
  backupPath?: string;
  /** Fail with VAULT_EXISTS instead of replacing an existing target. */
  exclusive?: boolean;
  /** Words for error messages, e.g. "save the vault". */
  what: string;
}

/** Writes a file atomically. `produce` receives a writer and is called once. Temporaries never outlive a failure. */
export function writeFileAtomically(
  fs: FsLayer,
  target: string,
  produce: (write: (chunk: Uint8Array) => void) => void,
  options: AtomicWriteOptions,
): void {
  const temp = tempPathFor(target);
  let backupTemp: string | null = null;
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
    const out = fd;
    produce((chunk) => writeAll(fs, out, chunk, null));
    fs.fsyncSync(out);
    fs.closeSync(out);
    fd = null;

    if (options.backupPath !== undefined && exists(fs, target)) {
      backupTemp = tempPathFor(options.backupPath);
      linkOrCopy(fs, target, backupTemp);
      fs.renameSync(backupTemp, options.backupPath);
      backupTemp = null;
    }
    // Up to here a crash leaves the target untouched; from the rename on, the target is the new file.
    if (options.exclusive) placeExclusively(fs, temp, target);
    else fs.renameSync(temp, target);
    syncFolder(fs, dirname(target));
  } catch (e) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // The descriptor is unusable either way; the temporary file is removed below.
      }
    }
    removeQuietly(fs, temp);
    if (backupTemp !== null) removeQuietly(fs, backupTemp);
    throw writeError(e, options.what);
  }
}

function exists(fs: FsLayer, path: string): boolean {
  try {
    fs.statSync(path);
    return true;
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return false;
    throw e;
  }
}

/** Hard links cost nothing and keep the old bytes exactly; FAT and some network shares refuse them. */
function linkOrCopy(fs: FsLayer, from: string, to: string): void {
  try {
    fs.linkSync(from, to);
    return;
  } catch (e) {
    const code = errnoOf(e);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK' && code !== 'ENOSYS')
      throw e;
  }
  fs.copyFileSync(from, to);
  const fd = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes `to` hold exactly what `from` holds now, atomically: a hard link (or a copy), then a rename. */
export function mirrorAtomically(fs: FsLayer, from: string, to: string, what: string): void {
  const temp = tempPathFor(to);
  try {
    linkOrCopy(fs, from, temp);
    fs.renameSync(temp, to);
    syncFolder(fs, dirname(to));
  } catch (e) {
    removeQuietly(fs, temp);
    throw writeError(e, what);
  }
}

/** Puts `temp` at `target` only if nothing is there: link fails atomically on an existing name. */
function placeExclusively(fs: FsLayer, temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'EEXIST')
      throw new MusterError('VAULT_EXISTS', 'A file already exists at this path; choose another name.');
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    if (exists(fs, target))
      throw new MusterError('VAULT_EXISTS', 'A file already exists at this path; choose another name.');
    fs.renameSync(temp, target);
    return;
  }
  // The vault is in place; a leftover temporary name is only clutter, removed at the next open.
  removeQuietly(fs, temp);
}

/** Deletes temporaries left by a crash mid-write (only ever ciphertext, but clutter and disk space). */
export function removeStaleTemporaries(fs: FsLayer, target: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) if (isTempOf(target, name)) removeQuietly(fs, join(dirname(target), name));
}
