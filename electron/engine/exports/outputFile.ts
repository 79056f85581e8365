// Writing an export so that a failure leaves nothing behind: the bytes go to a temporary file in the
// destination folder (same file system, so the final rename is atomic), are flushed to disk, and only
// then take the chosen name. Any failure removes the temporary file. Messages never quote the path:
// folder and file names can hold a person's or an officer's name.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { MusterError } from '../../../shared/errors';
import { writeError } from '../vault/ioErrors';

// Names Windows reserves for devices, whatever the extension: writing to them goes nowhere useful.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface OutputTarget {
  folder: string;
  name: string;
  path: string;
}

/**
 * A file name chosen for an export, checked to stay inside `folder`: no separators, no "..", no control
 * characters, no device names. With no folder, `name` is a path and its own folder is the chosen one.
 */
export function outputTarget(nameOrPath: string, folder?: string): OutputTarget {
  const dir = resolve(folder ?? dirname(nameOrPath));
  const name = folder === undefined ? basename(nameOrPath) : nameOrPath;
  if (
    name.length === 0 ||
    name.length > 255 ||
    name === '.' ||
    name === '..' ||
    /[/\\]/.test(name) ||
    CONTROL.test(name) ||
    RESERVED.test(name) ||
    isAbsolute(name)
  ) {
    throw new MusterError('INVALID_INPUT', 'Choose a plain file name inside the chosen folder.');
  }
  const path = join(dir, name);
  if (dirname(path) !== dir) {
    throw new MusterError('INVALID_INPUT', 'Choose a plain file name inside the chosen folder.');
  }
  if (/\.muster(\.|$)/i.test(name)) {
    throw new MusterError('INVALID_INPUT', 'An export cannot be written over a vault file.');
  }
  return { folder: dir, name, path };
}

function requireFolder(folder: string): void {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch (e) {
    throw writeError(e, 'write the export');
  }
  if (!isDir) throw new MusterError('NOT_FOUND', 'Cannot write the export: the folder does not exist.');
}

/** Writes `bytes` to `target` atomically; on any failure no file is left behind, new or temporary. */
export function writeAtomically(target: OutputTarget, bytes: Uint8Array): void {
  requireFolder(target.folder);
  const temp = join(target.folder, `.${randomBytes(6).toString('hex')}.muster-export.part`);
  let fd: number | undefined;
  try {
    // 0600: an export is personal data until the officer hands it over.
    fd = openSync(temp, 'wx', 0o600);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (existsAsFolder(target.path)) {
      throw new MusterError('INVALID_INPUT', 'A folder already has the chosen file name.');
    }
    renameSync(temp, target.path);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    removeQuietly(temp);
    throw writeError(e, 'write the export');
  }
}

function existsAsFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already failing: the original error is the one to report.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or already gone.
  }
}
