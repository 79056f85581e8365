// Just enough of the ZIP format to take the KML out of a KMZ (stored or deflated entries), with
// node:zlib: no extra dependency, and nothing is extracted to disk.
import { inflateRawSync } from 'node:zlib';
import { MusterError } from '../../../../shared/errors';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A KML inflating past this is a zip bomb, not a crisis area. */
const MAX_ENTRY_BYTES = 200 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  read(): Buffer;
}

export function zipEntries(zip: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_ENTRY) throw damaged();
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, read: () => readEntry(zip, localOffset, method, compressedSize, size) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readEntry(
  zip: Buffer,
  offset: number,
  method: number,
  compressedSize: number,
  size: number,
): Buffer {
  if (offset + 30 > zip.length || zip.readUInt32LE(offset) !== LOCAL_HEADER) throw damaged();
  if (size > MAX_ENTRY_BYTES) {
    throw new MusterError('INVALID_INPUT', 'The file inside this archive is too large (over 200 MB).');
  }
  const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
  const data = zip.subarray(start, start + compressedSize);
  if (method === 0) return Buffer.from(data);
  if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  throw new MusterError('INVALID_INPUT', 'This archive uses a compression method Muster cannot read.');
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw damaged();
}

function damaged(): MusterError {
  return new MusterError('INVALID_INPUT', 'This archive is damaged or is not a ZIP file.');
}
