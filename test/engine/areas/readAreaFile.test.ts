import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readAreaFile } from '../../../electron/engine/areas/read/readAreaFile';
import { tempDir } from '../helpers';
import { polygonShapefile } from './shapefileFixture';

const square = [
  [35.4, 33.8],
  [35.6, 33.8],
  [35.6, 34.0],
  [35.4, 34.0],
  [35.4, 33.8],
];

function write(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** A minimal ZIP (deflated entries) built by hand, as a KMZ or a zipped Shapefile is. */
function zip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const kmlWith = (extra: string) => `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark><name>Zone A</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
    ${square.map(([x, y]) => `${x},${y},0`).join(' ')}
  </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
  <Placemark><name>Epicentre</name><Point><coordinates>35.5,33.9,0</coordinates></Point></Placemark>
  ${extra}
</Document></kml>`;

describe('reading crisis area files', () => {
  it('reads a GeoJSON FeatureCollection, keeping polygons and saying what it ignored', async () => {
    const path = write(
      'gdacs.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Red alert' },
            geometry: { type: 'Polygon', coordinates: [square] },
          },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [35.5, 33.9] } },
        ],
      }),
    );
    const content = await readAreaFile(path, 'auto');
    expect(content.format).toBe('geojson');
    expect(content.features).toHaveLength(1);
    expect(content.features[0]!.name).toBe('Red alert');
    expect(content.notes).toEqual(['Ignored 1 Point geometry: only polygons make areas.']);
  });

  it('refuses an empty FeatureCollection with a clear message', async () => {
    const path = write('empty.geojson', JSON.stringify({ type: 'FeatureCollection', features: [] }));
    await expect(readAreaFile(path, 'auto')).rejects.toThrow(
      'This file holds no polygon to make an area from.',
    );
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = write('huge.geojson', '');
    truncateSync(path, 200 * 1024 * 1024); // sparse: no disk used
    await expect(readAreaFile(path, 'auto')).rejects.toThrow(/200 MB; Muster reads area files up to 100 MB/);
  });

  it('reads KML and reports network links without fetching them', async () => {
    const link = '<NetworkLink><Link><href>http://example.invalid/live.kml</href></Link></NetworkLink>';
    const content = await readAreaFile(write('shakemap.kml', kmlWith(link)), 'auto');
    expect(content.format).toBe('kml');
    expect(content.features[0]!.polygons[0]![0]).toHaveLength(5);
    expect(content.notes.join(' ')).toMatch(/Ignored 1 network link: Muster works offline/);
  });

  it('refuses a KML holding only a network link, and says why', async () => {
    const onlyLink = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document><NetworkLink><Link><href>http://example.invalid/a.kml</href></Link></NetworkLink></Document></kml>`;
    await expect(readAreaFile(write('link.kml', onlyLink), 'auto')).rejects.toThrow(
      /no polygon.*network link/,
    );
  });

  it('reads the doc.kml inside a KMZ', async () => {
    const content = await readAreaFile(write('unosat.kmz', zip({ 'doc.kml': kmlWith('') })), 'auto');
    expect(content.format).toBe('kmz');
    expect(content.features).toHaveLength(1);
    expect(content.features[0]!.name).toBe('Zone A');
  });

  it('reads a zipped Shapefile in degrees even without its .prj', async () => {
    const clockwise = [...square].reverse();
    const { shp, shx, dbf } = polygonShapefile(clockwise, 'Flood extent');
    const path = write('ems.zip', zip({ 'flood.shp': shp, 'flood.shx': shx, 'flood.dbf': dbf }));
    const content = await readAreaFile(path, 'auto');
    expect(content.format).toBe('shapefile');
    expect(content.features).toHaveLength(1);
    expect(content.features[0]!.name).toBe('Flood extent');
    expect(content.features[0]!.polygons[0]![0]).toHaveLength(5);
  });

  it('refuses a Shapefile in metres without its .prj', async () => {
    const metres = [
      [500000, 3700000],
      [500000, 3710000],
      [510000, 3710000],
      [510000, 3700000],
      [500000, 3700000],
    ];
    const { shp, shx, dbf } = polygonShapefile(metres, 'UTM zone');
    const path = write('utm.zip', zip({ 'utm.shp': shp, 'utm.shx': shx, 'utm.dbf': dbf }));
    await expect(readAreaFile(path, 'auto')).rejects.toThrow(/projected coordinates without a \.prj/);
  });

  it('reprojects a zipped Shapefile that comes with its .prj', async () => {
    // UTM zone 36N (EPSG:32636), a square of 10 km near Beirut.
    const prj =
      'PROJCS["WGS_1984_UTM_Zone_36N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],' +
      'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
      'PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",33.0],' +
      'PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    const metres = [
      [730000, 3750000],
      [730000, 3760000],
      [740000, 3760000],
      [740000, 3750000],
      [730000, 3750000],
    ];
    const { shp, shx, dbf } = polygonShapefile(metres, 'Port');
    const path = write(
      'utm-prj.zip',
      zip({ 'port.shp': shp, 'port.shx': shx, 'port.dbf': dbf, 'port.prj': prj }),
    );
    const [feature] = (await readAreaFile(path, 'auto')).features;
    for (const [x, y] of feature!.polygons[0]![0]!) {
      expect(x).toBeGreaterThan(35.4);
      expect(x).toBeLessThan(35.8);
      expect(y).toBeGreaterThan(33.8);
      expect(y).toBeLessThan(34.0);
    }
  });

  it('refuses a ZIP that holds neither a Shapefile nor KML', async () => {
    await expect(readAreaFile(write('x.zip', zip({ 'readme.txt': 'hello' })), 'auto')).rejects.toThrow(
      /neither a Shapefile/,
    );
  });
});
