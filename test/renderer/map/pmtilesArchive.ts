// Writes tiny PMTiles v3 archives for tests (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
// one tile at zoom 0, no compression. Enough to check that Muster reads a user's archive
// through the pmtiles protocol and draws it, without any real map data in the repository.
import { crc32, deflateSync } from 'node:zlib';

const HEADER_BYTES = 127;

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 256×256 PNG of one RGBA colour. */
export function solidPng([r, g, b, a]: [number, number, number, number]): Buffer {
  const size = 256;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const row = Buffer.alloc(1 + size * 4);
  for (let x = 0; x < size; x++) row.set([r, g, b, a], 1 + x * 4);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface ArchiveOptions {
  tileType: 1 | 2; // 1 MVT, 2 PNG
  tile: Uint8Array;
  metadata?: unknown;
  /** West, south, east, north. */
  bounds?: [number, number, number, number];
}

export function pmtilesArchive({
  tileType,
  tile,
  metadata = {},
  bounds = [-180, -85, 180, 85],
}: ArchiveOptions): Buffer {
  // Root directory: one entry, tile id 0 (z0/0/0), run length 1, offset 0 (written as 0 + 1).
  const directory = Buffer.from([
    ...varint(1),
    ...varint(0),
    ...varint(1),
    ...varint(tile.length),
    ...varint(1),
  ]);
  const meta = Buffer.from(JSON.stringify(metadata), 'utf8');
  const rootOffset = HEADER_BYTES;
  const metaOffset = rootOffset + directory.length;
  const dataOffset = metaOffset + meta.length;
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header[7] = 3;
  const u64 = (at: number, value: number) => header.writeBigUInt64LE(BigInt(value), at);
  u64(8, rootOffset);
  u64(16, directory.length);
  u64(24, metaOffset);
  u64(32, meta.length);
  u64(40, dataOffset);
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, tile.length);
  u64(72, 1);
  u64(80, 1);
  u64(88, 1);
  header[96] = 1; // clustered
  header[97] = 1; // internal compression: none
  header[98] = 1; // tile compression: none
  header[99] = tileType;
  header[100] = 0;
  header[101] = 0;
  const e7 = (at: number, value: number) => header.writeInt32LE(Math.round(value * 1e7), at);
  e7(102, bounds[0]);
  e7(106, bounds[1]);
  e7(110, bounds[2]);
  e7(114, bounds[3]);
  header[118] = 0;
  e7(119, (bounds[0] + bounds[2]) / 2);
  e7(123, (bounds[1] + bounds[3]) / 2);
  return Buffer.concat([header, directory, meta, Buffer.from(tile)]);
}
