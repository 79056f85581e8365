// Crisis areas through the contract, as the app calls them: draw, import, inside, near, assembly
// points, the clustered map, and the cache noticing people who move.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../pipeline/harness';

let h: Harness;
let ids: Record<string, number>;
const TODAY_AGE_60 = `${new Date().getUTCFullYear() - 70}-01-01`;
const CHILD = `${new Date().getUTCFullYear() - 8}-05-05`;

beforeAll(async () => {
  h = await openHarness();
  const path = join(h.dir, 'people.csv');
  writeFileSync(
    path,
    [
      'Ref,Name,Surname,Sex,Date of birth,Nationality,Special needs,Household,Latitude,Longitude',
      `A1,Maria,Santos,F,${TODAY_AGE_60},PH,wheelchair,H1,33.90,35.50`,
      `A2,Juan,Santos,M,${CHILD},PH,,H1,33.91,35.51`,
      'A3,Rania,Haddad,F,1990-03-03,LB,,,33.85,35.45',
      'A4,Omar,Khalil,M,1985-07-07,LB,,,34.40,36.00',
      'A5,Ana,Reyes,F,1992-02-02,PH,,,,',
    ].join('\n'),
  );
  const preview = await h.call('import.preview', { path });
  await h.call('import.run', {
    path,
    source: 'Embassy list',
    mapping: { ...preview.mapping, country: 'LB' },
  });
  const page = await h.call('people.search', { sort: 'surname', limit: 10 });
  ids = Object.fromEntries(page.rows.map((r) => [r.given_names ?? '', r.id]));
});
afterAll(() => h.dispose());

const beirut = { kind: 'rectangle' as const, west: 35.4, south: 33.8, east: 35.6, north: 34.0 };

describe('crisis areas', () => {
  let areaId: number;

  it('stores a drawn rectangle, lists it and audits it without names', async () => {
    const area = await h.call('area.create', { name: 'Beirut port', severity: 'evacuate', shape: beirut });
    areaId = area.id;
    expect(area).toMatchObject({
      name: 'Beirut port',
      severity: 'evacuate',
      origin: 'drawn',
      source: 'drawn',
    });
    expect(area.bbox).toEqual([35.4, 33.8, 35.6, 34.0]);
    expect((await h.call('area.list', {})).map((a) => a.id)).toEqual([area.id]);
    const [entry] = await h.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'area.create', object: `area ${area.id}` });
  });

  it('says who is inside, with breakdowns, and counts the unplaced apart', async () => {
    const inside = await h.call('area.inside', { id: areaId, includeRows: true });
    expect(inside.total).toBe(3);
    expect(inside.unplaced).toBe(1);
    expect(inside.personIds).toEqual([ids.Maria, ids.Juan, ids.Rania]);
    expect(inside.rows.map((r) => r.given_names)).toEqual(['Maria', 'Juan', 'Rania']);
    expect(inside.breakdowns.nationality).toEqual([
      { key: 'PH', count: 2 },
      { key: 'LB', count: 1 },
    ]);
    expect(inside.breakdowns.sex).toEqual([
      { key: 'F', count: 2 },
      { key: 'M', count: 1 },
    ]);
    expect(inside.breakdowns.ageBand).toEqual([
      { key: '0-17', count: 1 },
      { key: '18-59', count: 1 },
      { key: '60+', count: 1 },
    ]);
    expect(inside.breakdowns.specialNeeds).toEqual({ withNeeds: 1, without: 2 });
    expect(inside.breakdowns.households).toEqual({ households: 1, withoutHousehold: 1 });
  });

  it('pages through the ids inside', async () => {
    const page = await h.call('area.inside', { id: areaId, offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.personIds).toEqual([ids.Juan]);
    expect(page.rows).toEqual([]);
  });

  it('finds people near a point, nearest first, with great-circle distances', async () => {
    const near = await h.call('area.near', { target: { kind: 'point', lon: 35.5, lat: 33.9 }, km: 10 });
    expect(near.people.map((p) => p.id)).toEqual([ids.Maria, ids.Juan, ids.Rania]);
    expect(near.people[0]!.distanceKm).toBe(0);
    expect(near.people[1]!.distanceKm).toBeCloseTo(1.44, 1);
    const far = await h.call('area.near', { target: { kind: 'point', lon: 35.5, lat: 33.9 }, km: 100 });
    expect(far.total).toBe(4);
  });

  it('finds people near an area: inside at 0 km, the others by distance to its edge', async () => {
    const close = await h.call('area.near', { target: { kind: 'area', id: areaId }, km: 20 });
    expect(close.total).toBe(3);
    expect(close.people.every((p) => p.distanceKm === 0)).toBe(true);
    const wide = await h.call('area.near', { target: { kind: 'area', id: areaId }, km: 80 });
    expect(wide.total).toBe(4);
    // Omar is ~0.4° north and east of the north-east corner (35.6, 34.0): about 56 km.
    expect(wide.people[3]).toMatchObject({ id: ids.Omar });
    expect(wide.people[3]!.distanceKm).toBeGreaterThan(50);
    expect(wide.people[3]!.distanceKm).toBeLessThan(62);
  });

  it('assigns everyone placed to the nearest assembly point', async () => {
    const airport = await h.call('assembly.create', {
      name: 'Airport',
      kind: 'airport',
      lon: 35.49,
      lat: 33.82,
      capacity: 2,
    });
    const school = await h.call('assembly.create', {
      name: 'School',
      kind: 'school',
      lon: 35.99,
      lat: 34.41,
    });
    expect((await h.call('assembly.list', {})).map((p) => p.name)).toEqual(['Airport', 'School']);
    const result = await h.call('assembly.assign', {});
    expect(result.total).toBe(4);
    expect(result.unplaced).toBe(1);
    const byPerson = Object.fromEntries(result.assignments.map((a) => [a.personId, a.pointId]));
    expect(byPerson).toEqual({
      [ids.Maria!]: airport.id,
      [ids.Juan!]: airport.id,
      [ids.Rania!]: airport.id,
      [ids.Omar!]: school.id,
    });
    expect(result.perPoint.find((p) => p.pointId === airport.id)).toMatchObject({
      count: 3,
      overCapacity: 1,
    });
    const insideOnly = await h.call('assembly.assign', { areaId });
    expect(insideOnly.total).toBe(3);
    await h.call('assembly.delete', { id: school.id });
    expect((await h.call('assembly.list', {})).map((p) => p.id)).toEqual([airport.id]);
  });

  it('clusters the map on a grid and lists the people of a cluster', async () => {
    const country = [35.0, 33.0, 36.7, 34.7] as [number, number, number, number];
    const low = await h.call('map.points', { bbox: country, zoom: 4, colourBy: 'status' });
    expect(low.inView).toBe(4);
    expect(low.unplaced).toBe(1);
    expect(low.clusters).toHaveLength(1);
    expect(low.clusters[0]).toMatchObject({
      count: 4,
      status: { evacuate: 3, shelter: 0, watch: 0, outside: 1 },
    });
    expect(low.clusters[0]!.vulnerableShare).toBeCloseTo(0.5);
    const at = await h.call('map.peopleAt', { bbox: low.clusters[0]!.cell });
    expect(at.total).toBe(4);

    const high = await h.call('map.points', { bbox: country, zoom: 16, colourBy: 'vulnerability' });
    expect(high.clusters).toHaveLength(0);
    expect(high.points.find((p) => p.id === ids.Omar)).toMatchObject({
      status: 'outside',
      vulnerable: false,
    });
    expect(high.points.find((p) => p.id === ids.Maria)).toMatchObject({
      status: 'evacuate',
      vulnerable: true,
    });
  });

  it('sees a person placed by hand without reopening the vault', async () => {
    await h.call('people.place', { id: ids.Ana!, lat: 33.95, lon: 35.55 });
    const inside = await h.call('area.inside', { id: areaId });
    expect(inside.total).toBe(4);
    expect(inside.unplaced).toBe(0);
  });

  it('edits, buffers and deletes areas', async () => {
    const edited = await h.call('area.update', {
      id: areaId,
      severity: 'shelter',
      shape: { kind: 'circle', center: [35.5, 33.9], radiusKm: 2 },
    });
    expect(edited.severity).toBe('shelter');
    expect((await h.call('area.inside', { id: areaId })).personIds).toEqual([ids.Maria, ids.Juan]);

    const buffered = await h.call('area.buffer', { id: areaId, distanceKm: 10 });
    expect(buffered).toMatchObject({ origin: 'buffer', name: 'Beirut port + 10 km', severity: 'shelter' });
    expect((await h.call('area.inside', { id: buffered.id })).total).toBe(4);

    await h.call('area.delete', { id: buffered.id });
    expect((await h.call('area.list', {})).map((a) => a.id)).toEqual([areaId]);
    expect(await h.fail('area.inside', { id: buffered.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('imports a GeoJSON file, one area per feature, with its repair notes', async () => {
    const path = join(h.dir, 'zones.geojson');
    const open = [
      [35.4, 33.8],
      [35.4, 34.0],
      [35.6, 34.0],
      [35.6, 33.8],
    ]; // clockwise and not closed
    writeFileSync(
      path,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Red' },
            geometry: { type: 'Polygon', coordinates: [open] },
          },
          {
            type: 'Feature',
            properties: { name: 'Orange' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [36, 34.3],
                  [36.1, 34.3],
                  [36.1, 34.5],
                  [36, 34.3],
                ],
              ],
            },
          },
        ],
      }),
    );
    const result = await h.call('area.import', {
      path,
      name: 'GDACS',
      severity: 'watch',
      source: 'GDACS',
      mode: 'perFeature',
    });
    expect(result.areas.map((a) => a.name)).toEqual(['GDACS – Red', 'GDACS – Orange']);
    expect(result.areas[0]!.repairs).toEqual([
      'Closed 1 open ring.',
      'Fixed the winding of 1 ring (outer counter-clockwise, holes clockwise).',
    ]);
    expect((await h.call('area.inside', { id: result.areas[0]!.id })).total).toBe(4);
    const [entry] = await h.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'area.import', counts: { areas: 2 } });
  });

  it('refuses a file in projected coordinates with a clear message', async () => {
    const path = join(h.dir, 'utm.geojson');
    writeFileSync(
      path,
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [500000, 3700000],
            [510000, 3700000],
            [510000, 3710000],
            [500000, 3700000],
          ],
        ],
      }),
    );
    const error = await h.fail('area.import', { path, name: 'UTM' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/projected coordinate system/);
  });
});
