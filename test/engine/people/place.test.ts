// Manual placement: the unplaced list, and a point placed by hand with its history and audit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../helpers';
import { openHarness, type Harness } from '../pipeline/harness';

let h: Harness;
let ids: Record<string, number>;

beforeAll(async () => {
  h = await openHarness();
  const path = join(h.dir, 'list.csv');
  writeFileSync(
    path,
    [
      'Ref,Name,Surname,City,Latitude,Longitude',
      'A1,Maria,Santos,,33.89,35.50',
      'A2,Juan,Cruz,,,',
      'A3,Ana,Reyes,,,',
      'A4,Rosa,Lim,Tripoli,,',
    ].join('\n'),
  );
  const preview = await h.call('import.preview', { path });
  await h.call('import.run', {
    path,
    source: 'Embassy list',
    mapping: { ...preview.mapping, country: 'LB' },
  });
  const page = await h.call('people.search', { sort: 'surname' });
  ids = Object.fromEntries(page.rows.map((r) => [r.surname ?? '', r.id]));
});
afterAll(() => h.dispose());

describe('people.unplaced', () => {
  it('lists the people without coordinates, oldest first, with the total', async () => {
    const all = await h.call('people.unplaced', { offset: 0, limit: 100 });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.surname)).toEqual(['Cruz', 'Reyes']);
    expect(all.rows.every((r) => !r.has_coordinates)).toBe(true);
  });

  it('pages', async () => {
    const page = await h.call('people.unplaced', { offset: 1, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.surname)).toEqual(['Reyes']);
  });
});

describe('people.place', () => {
  it('sets the point, marks it placed by hand, and takes the person off the unplaced list', async () => {
    const detail = await h.call('people.place', { id: ids.Cruz as number, lat: 33.9, lon: 35.48 });
    expect(detail.person).toMatchObject({
      lat: 33.9,
      lon: 35.48,
      geocode_place: 'placed by hand',
      geocode_confidence: null,
    });
    expect(detail.history.map((c) => c.field).sort()).toEqual(['geocode_place', 'lat', 'lon']);
    expect(detail.history.find((c) => c.field === 'lat')).toMatchObject({
      operator: 'Officer',
      before: null,
      after: '33.9',
      batchId: null,
    });
    const left = await h.call('people.unplaced', {});
    expect(left.total).toBe(1);
    expect(left.rows.map((r) => r.surname)).toEqual(['Reyes']);
  });

  it('replaces a geocoded point and clears its confidence', async () => {
    const id = ids.Lim as number;
    const before = await h.call('people.get', { id });
    expect(before.geocode?.confidence).toBeGreaterThan(0);
    const after = await h.call('people.place', { id, lat: 34.44, lon: 35.83 });
    expect(after.person).toMatchObject({ lat: 34.44, lon: 35.83, geocode_place: 'placed by hand' });
    expect(after.person.geocode_confidence).toBeNull();
    expect(after.geocode).toBeNull();
  });

  it('audits the placement by person number only', async () => {
    await h.call('people.place', { id: ids.Reyes as number, lat: -12.5, lon: 130.8 });
    const entry = (await h.call('audit.list', {})).find((e) => e.action === 'people.place');
    expect(entry).toMatchObject({ operator: 'Officer', object: `person ${ids.Reyes}` });
    expect(JSON.stringify(entry)).not.toContain('Reyes');
  });

  it('survives lock and unlock', async () => {
    await h.call('vault.lock', {});
    await h.call('vault.unlock', { path: h.vaultPath, passphrase: PASSPHRASE, operator: 'Officer' });
    const detail = await h.call('people.get', { id: ids.Cruz as number });
    expect(detail.person).toMatchObject({ lat: 33.9, lon: 35.48, geocode_place: 'placed by hand' });
    expect((await h.call('people.unplaced', {})).total).toBe(0);
  });

  it('refuses points off the globe and people who do not exist', async () => {
    const id = ids.Santos as number;
    expect((await h.fail('people.place', { id, lat: 91, lon: 0 })).code).toBe('INVALID_INPUT');
    expect((await h.fail('people.place', { id, lat: 0, lon: -180.5 })).code).toBe('INVALID_INPUT');
    expect((await h.fail('people.place', { id, lat: Number.NaN, lon: 0 })).code).toBe('INVALID_INPUT');
    expect((await h.fail('people.place', { id: 99_999, lat: 1, lon: 1 })).code).toBe('NOT_FOUND');
    const santos = await h.call('people.get', { id });
    expect(santos.person).toMatchObject({ lat: 33.89, lon: 35.5 });
    expect(santos.person.geocode_place).not.toBe('placed by hand');
  });
});
