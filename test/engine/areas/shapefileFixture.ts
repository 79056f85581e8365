// A one-polygon Shapefile (.shp, .shx, .dbf) written byte by byte, so tests need no GIS tooling.
export function polygonShapefile(ring: number[][], name: string): { shp: Buffer; shx: Buffer; dbf: Buffer } {
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const content = Buffer.alloc(4 + 32 + 4 + 4 + 4 + ring.length * 16);
  content.writeInt32LE(5, 0); // polygon
  box.forEach((v, i) => content.writeDoubleLE(v, 4 + i * 8));
  content.writeInt32LE(1, 36); // parts
  content.writeInt32LE(ring.length, 40);
  content.writeInt32LE(0, 44); // part 0 starts at point 0
  ring.forEach(([x, y], i) => {
    content.writeDoubleLE(x!, 48 + i * 16);
    content.writeDoubleLE(y!, 56 + i * 16);
  });
  const record = Buffer.alloc(8);
  record.writeInt32BE(1, 0);
  record.writeInt32BE(content.length / 2, 4);
  const header = (fileBytes: number) => {
    const h = Buffer.alloc(100);
    h.writeInt32BE(9994, 0);
    h.writeInt32BE(fileBytes / 2, 24);
    h.writeInt32LE(1000, 28);
    h.writeInt32LE(5, 32);
    box.forEach((v, i) => h.writeDoubleLE(v, 36 + i * 8));
    return h;
  };
  const shp = Buffer.concat([header(100 + 8 + content.length), record, content]);
  const index = Buffer.alloc(8);
  index.writeInt32BE(50, 0);
  index.writeInt32BE(content.length / 2, 4);
  const shx = Buffer.concat([header(108), index]);

  const fieldLength = 20;
  const dbfHeader = Buffer.alloc(32);
  dbfHeader.writeUInt8(0x03, 0);
  dbfHeader.writeUInt8(126, 1);
  dbfHeader.writeUInt8(1, 2);
  dbfHeader.writeUInt8(1, 3);
  dbfHeader.writeUInt32LE(1, 4);
  dbfHeader.writeUInt16LE(32 + 32 + 1, 8);
  dbfHeader.writeUInt16LE(1 + fieldLength, 10);
  const field = Buffer.alloc(32);
  field.write('NAME', 0, 'ascii');
  field.write('C', 11, 'ascii');
  field.writeUInt8(fieldLength, 16);
  const row = Buffer.alloc(1 + fieldLength, ' ');
  row.write(name.slice(0, fieldLength), 1, 'ascii');
  const dbf = Buffer.concat([dbfHeader, field, Buffer.from([0x0d]), row, Buffer.from([0x1a])]);
  return { shp, shx, dbf };
}
