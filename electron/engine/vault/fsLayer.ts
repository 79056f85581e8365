// The file-system calls the vault makes, gathered behind one seam so tests can inject failures
// (a full disk, a read-only folder) that cannot be produced for real when running as root.
import * as nodeFs from 'node:fs';

export type FsLayer = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'closeSync'
  | 'readSync'
  | 'writeSync'
  | 'fstatSync'
  | 'statSync'
  | 'fsyncSync'
  | 'fdatasyncSync'
  | 'ftruncateSync'
  | 'renameSync'
  | 'linkSync'
  | 'unlinkSync'
  | 'copyFileSync'
  | 'readFileSync'
  | 'readdirSync'
>;

export const realFs: FsLayer = nodeFs;

/** Reads exactly `length` bytes at `position` (fewer only at end of file). */
export function readAt(
  fs: FsLayer,
  fd: number,
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number,
): number {
  let total = 0;
  while (total < length) {
    const n = fs.readSync(fd, buffer, offset + total, length - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}

/** Writes all of `data`, looping over short writes. `position` null appends at the file offset. */
export function writeAll(fs: FsLayer, fd: number, data: Uint8Array, position: number | null): void {
  let written = 0;
  while (written < data.length) {
    const n = fs.writeSync(
      fd,
      data,
      written,
      data.length - written,
      position === null ? null : position + written,
    );
    written += n;
  }
}
