import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../../electron/engine/audit/audit';
import { loadPeopleColumns, peopleColumns } from '../../../electron/engine/areas/people/peopleColumns';
import { newVault } from '../helpers';

const person = (
  sourceKey: string,
  lat: number | null,
  lon: number | null,
  extra: Record<string, string> = {},
) => ({
  sql: `INSERT INTO person (source_key, lat, lon, nationality, sex, date_of_birth, special_needs, household_key,
          created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  params: [
    sourceKey,
    lat,
    lon,
    extra.nationality ?? null,
    extra.sex ?? null,
    extra.dob ?? null,
    extra.needs ?? null,
    extra.household ?? null,
    '2026-01-01T00:00:00.000Z',
    '2026-01-01T00:00:00.000Z',
  ],
});

describe('people columns', () => {
  it('reads placed people with their coded attributes and counts the unplaced', async () => {
    const { vault } = await newVault();
    await vault.mutate([
      person('a', 33.9, 35.5, {
        nationality: 'PH',
        sex: 'F',
        dob: '1950-12-31',
        needs: 'oxygen',
        household: 'H',
      }),
      person('b', 34.0, 180, { nationality: 'lb?', sex: 'M', dob: '12/03/1990', household: 'H' }),
      person('c', null, null),
    ]);
    const c = await loadPeopleColumns(vault);
    expect(Array.from(c.ids)).toEqual([1, 2]);
    expect(c.unplaced).toBe(1);
    expect(Array.from(c.lon)).toEqual([35.5, -180]); // +180 folded onto -180
    expect(c.nationalities).toEqual(['PH']);
    expect(Array.from(c.nationality)).toEqual([0, -1]); // not ISO alpha-2: unknown
    expect(Array.from(c.sex)).toEqual([1, 2]);
    expect(Array.from(c.birth)).toEqual([19501231, 0]);
    expect(Array.from(c.specialNeeds)).toEqual([1, 0]);
    expect(Array.from(c.household)).toEqual([0, 0]);
    await vault.close();
  });

  it('keeps the loaded columns across writes that do not touch people, and reloads after ones that do', async () => {
    const { vault } = await newVault();
    await vault.mutate([person('a', 33.9, 35.5), person('b', 34.0, 35.6)]);
    const first = await loadPeopleColumns(vault);
    await recordAudit(vault, { operator: 'o', action: 'area.create', object: 'area 1' });
    expect(await loadPeopleColumns(vault)).toBe(first);
    expect(peopleColumns(vault)).toBe(first); // the synchronous reader shares the cache

    await vault.mutate([
      {
        sql: 'UPDATE person SET lat = ?, updated_at = ? WHERE id = 1',
        params: [10, '2026-02-01T00:00:00.000Z'],
      },
    ]);
    const moved = await loadPeopleColumns(vault);
    expect(moved).not.toBe(first);
    expect(moved.lat[0]).toBe(10);

    await vault.mutate([{ sql: 'DELETE FROM person WHERE id = 2', params: [] }]);
    expect(Array.from((await loadPeopleColumns(vault)).ids)).toEqual([1]);
    await vault.close();
  });
});
