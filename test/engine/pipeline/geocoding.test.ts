// Geocoding on import: rows with a city or district and no coordinates are placed from the bundled
// gazetteer, with the place and confidence kept; rows it cannot place are counted as unplaced.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../shared/imports';
import { loadGeocoder } from '../../../electron/engine/import/pipeline/geocoding';
import { generated, openHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.dispose());

async function importFile(path: string, source: string, extra: ImportMapping['columns'] = {}) {
  const preview = await h.call('import.preview', { path });
  const mapping = { ...preview.mapping, columns: { ...preview.mapping.columns, ...extra }, country: 'LB' };
  return h.call('import.run', { path, source, mapping });
}

async function personNamed(source: string, name: string) {
  const page = await h.call('people.search', {
    query: name,
    filters: { source },
    sort: 'surname',
    offset: 0,
    limit: 5,
  });
  expect(page.rows).toHaveLength(1);
  return h.call('people.get', { id: page.rows[0]!.id });
}

const inLebanon = (lat: unknown, lon: unknown) =>
  Number(lat) > 33 && Number(lat) < 34.8 && Number(lon) > 35 && Number(lon) < 36.7;

describe('geocoding on import', () => {
  it('places most generated Lebanese registrations and counts the rest as unplaced', async () => {
    const data = await generated(1500, 23);
    const { counts } = await importFile(join(data, 'registrations.csv'), 'registrations', {
      District: 'admin1',
    });
    // The registrations carry no coordinates: every kept row is either geocoded or unplaced.
    expect(counts.geocoded + counts.unplaced).toBe(counts.read - counts.rejected);
    expect(counts.geocoded).toBeGreaterThan(counts.read * 0.7);

    const page = await h.call('people.search', {
      filters: { hasCoordinates: true },
      sort: 'surname',
      offset: 0,
      limit: 20,
    });
    expect(page.total).toBe(counts.geocoded);
    for (const row of page.rows) {
      const detail = await h.call('people.get', { id: row.id });
      expect(detail.geocode).not.toBeNull();
      expect(detail.geocode!.place).toMatch(/, LB$/);
      expect(detail.geocode!.confidence).toBeGreaterThan(0);
      expect(detail.geocode!.confidence).toBeLessThanOrEqual(1);
      expect(inLebanon(detail.person.lat, detail.person.lon)).toBe(true);
    }
  });

  it("uses the row's country before the file's, and leaves an unknown town unplaced", async () => {
    const path = join(h.dir, 'towns.csv');
    writeFileSync(
      path,
      [
        'Full name,City,Country',
        'Rania Haddad,Tripoli,',
        'Samir Khoury,Tripoli,Libya',
        'Nadia Aoun,Qzxwvillette,',
        'Karim Saab,,',
      ].join('\n'),
    );
    const { counts } = await importFile(path, 'towns');
    expect(counts.imported).toBe(4);
    expect(counts.geocoded).toBe(2);
    expect(counts.unplaced).toBe(2);

    const lebanese = await personNamed('towns', 'Rania Haddad');
    expect(lebanese.geocode?.place).toBe('Tripoli, North Lebanon, LB');
    expect(lebanese.geocode?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(inLebanon(lebanese.person.lat, lebanese.person.lon)).toBe(true);

    const libyan = await personNamed('towns', 'Samir Khoury');
    expect(libyan.geocode?.place).toMatch(/^Tripoli, .*, LY$/);
    expect(libyan.person.lat).toBeCloseTo(32.9, 0);

    const unknown = await personNamed('towns', 'Nadia Aoun');
    expect(unknown.geocode).toBeNull();
    expect(unknown.person.lat).toBeNull();
    expect(unknown.person.city).toBe('Qzxwvillette');
  });

  it("reads an ambiguous town in the country of the file's other places when nothing names one", async () => {
    const towns = ['Beirut', 'Jounieh', 'Zahle', 'Sidon', 'Tyre', 'Byblos', 'Baalbek'];
    const rows = Array.from({ length: 28 }, (_, i) => `R${i},Person${i},Test,${towns[i % towns.length]}`);
    const path = join(h.dir, 'no-country.csv');
    writeFileSync(path, ['Ref,Name,Surname,City', ...rows, 'T1,Rosa,Tripolitan,Tripoli'].join('\n'));
    const preview = await h.call('import.preview', { path });
    expect(preview.mapping.country ?? null).toBeNull();
    await h.call('import.run', { path, source: 'No country', mapping: preview.mapping });
    const rosa = await personNamed('No country', 'Rosa Tripolitan');
    // Tripoli, Lebanon (34.4 N), not the larger Tripoli of Libya (32.9 N).
    expect(rosa.person.lat).toBeCloseTo(34.43, 1);
  });

  it('keeps coordinates a file gives instead of geocoding over them', async () => {
    const path = join(h.dir, 'with-points.csv');
    writeFileSync(path, ['Full name,City,Latitude,Longitude', 'Maya Nassar,Beirut,33.5,35.6'].join('\n'));
    const { counts } = await importFile(path, 'with-points', { Latitude: 'lat', Longitude: 'lon' });
    expect(counts.geocoded).toBe(0);
    expect(counts.unplaced).toBe(0);
    const maya = await personNamed('with-points', 'Maya Nassar');
    expect(maya.geocode).toBeNull();
    expect(maya.person.lat).toBe(33.5);
  });

  it('imports without places when the gazetteer file is missing', () => {
    const geocoder = loadGeocoder(join(h.dir, 'no-such-gazetteer.tsv.gz'));
    expect(geocoder({ city: 'Beirut', admin1: null, country: 'LB' })).toBeNull();
  });
});
