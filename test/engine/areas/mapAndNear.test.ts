// Properties of the map clusters and "near" over a few thousand synthetic people, checked against
// plain recomputation rather than hand-picked numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BBox } from '../../../shared/areas';
import { mapPoints, peopleAt } from '../../../electron/engine/areas/map/points';
import { loadPeopleColumns } from '../../../electron/engine/areas/people/peopleColumns';
import { haversineKm } from '../../../electron/engine/areas/query/distance';
import { nearPeople } from '../../../electron/engine/areas/query/near';
import { seedSyntheticPeople } from '../../../electron/engine/synthetic/seed';
import type { Vault } from '../../../electron/engine/vault/vault';
import { newVault } from '../helpers';

let vault: Vault;
const today = new Date('2026-06-01T00:00:00Z');
const lebanon: BBox = [35.0, 33.0, 36.7, 34.7];

beforeAll(async () => {
  ({ vault } = await newVault());
  await seedSyntheticPeople(vault, { count: 3000, seed: 7 });
});
afterAll(() => vault.close());

describe('map clusters', () => {
  it.each([5, 9, 13])('account for every person in view exactly once at zoom %i', async (zoom) => {
    const view = await mapPoints(vault, { bbox: lebanon, zoom, colourBy: 'status' }, today);
    const clustered = view.clusters.reduce((n, c) => n + c.count, 0);
    expect(clustered + view.points.length).toBe(view.inView);
    expect(view.inView).toBeGreaterThan(1000);
    // The cells partition the people: listing each cluster's cell finds exactly its members.
    let listed = 0;
    for (const cluster of view.clusters) {
      const at = await peopleAt(vault, { bbox: cluster.cell, offset: 0, limit: 1 });
      expect(at.total).toBe(cluster.count);
      listed += at.total;
    }
    expect(listed).toBe(clustered);
  });
});

describe('near a point', () => {
  it('finds exactly the people a brute-force great-circle scan finds, nearest first', async () => {
    const columns = await loadPeopleColumns(vault);
    const [lon, lat, km] = [35.5, 33.9, 12];
    const expected: number[] = [];
    for (let i = 0; i < columns.ids.length; i++) {
      if (haversineKm(lon, lat, columns.lon[i]!, columns.lat[i]!) <= km) expected.push(columns.ids[i]!);
    }
    const near = await nearPeople(
      vault,
      { target: { kind: 'point', lon, lat }, km, offset: 0, limit: 10_000, includeRows: false },
      today,
    );
    expect(near.total).toBe(expected.length);
    expect(near.people.map((p) => p.id).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    const distances = near.people.map((p) => p.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(km);
  });
});
