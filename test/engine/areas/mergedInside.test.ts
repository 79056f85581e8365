// "Who is inside" and "near" count persons as deduplication merged them, as the dashboard and the
// aggregated figures do: a national registered twice is one person inside, counted by the survivor
// values of all its records, and named by its person id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, peopleAtBeirutPort, type Harness } from '../pipeline/harness';

let h: Harness;
let areaId: number;
/** Record ids; Mohamed's two records are inside, Rania's first inside and her second in Tripoli. */
let ids: { maria: number; mohamed: [number, number]; rania: [number, number]; omar: number; lina: number };
let mohamed: number;
let rania: number;

beforeAll(async () => {
  h = await openHarness();
  areaId = await peopleAtBeirutPort(h, [
    'Ref,Name,Surname,Sex,Date of birth,Nationality,Passport,Phone,Household,Special needs,Latitude,Longitude',
    'A1,Maria,Santos,F,1980-01-01,PH,P1234567,+9613123456,H-S,,33.90,35.50',
    // The first registration lacks sex, nationality, household and needs: the survivor takes them from the second.
    'A2,Mohamed,EL-HASSAN,,1988-04-03,,,+9611123456,,,33.86,35.46',
    'A3,Mohammed,El Hassan,M,1988-04-03,LB,N0234567,+9613555123,H-E,wheelchair,33.87,35.47',
    'A4,Rania,Haddad,F,1990-03-03,LB,,,,,33.85,35.45',
    'A5,Rania,Haddad,F,1990-03-03,LB,RL7654321,+9613777777,H-R,,34.40,36.00',
    'A6,Omar,Khalil,M,1985-07-07,LB,RL2222222,+9613999999,H-R,,34.41,36.01',
    'A7,Lina,El Hassan,F,2015-05-05,LB,,,H-E,,33.88,35.48',
  ]);
  const found = await h.call('people.search', { query: '', limit: 10, sort: 'updated_at' });
  const all = found.rows.map((r) => r.id).sort((a, b) => a - b);
  expect(all).toHaveLength(7);
  ids = {
    maria: all[0]!,
    mohamed: [all[1]!, all[2]!],
    rania: [all[3]!, all[4]!],
    omar: all[5]!,
    lina: all[6]!,
  };
  await h.call('match.run', { mode: 'full' });
  for (const [a, b] of [ids.mohamed, ids.rania])
    await h.call('match.decide', { leftId: a, rightId: b, decision: 'match' });
  mohamed = (await h.call('match.cluster', { id: ids.mohamed[0] })).personId;
  rania = (await h.call('match.cluster', { id: ids.rania[1] })).personId;
});
afterAll(() => h.dispose());

describe('who is inside, by merged person', () => {
  it('counts two records of one person inside once, by its survivor values', async () => {
    const inside = await h.call('area.inside', { id: areaId, offset: 0, limit: 100, includeRows: true });
    // Records inside: Maria, Mohamed twice, Rania's first, Lina; persons: four.
    expect(inside.total).toBe(4);
    const { breakdowns } = inside;
    expect(breakdowns.nationality).toEqual([
      { key: 'LB', count: 3 },
      { key: 'PH', count: 1 },
    ]);
    expect(breakdowns.sex).toEqual([
      { key: 'F', count: 3 },
      { key: 'M', count: 1 },
    ]);
    expect(breakdowns.ageBand).toEqual([
      { key: '18-59', count: 3 },
      { key: '0-17', count: 1 },
    ]);
    expect(breakdowns.specialNeeds).toEqual({ withNeeds: 1, without: 3 });
    // Santos; El Hassan (Mohamed's survivor and Lina); Haddad, from Rania's record in Tripoli.
    expect(breakdowns.households).toEqual({ households: 3, withoutHousehold: 0 });
  });

  it('counts a person with one record inside and one outside once, and agrees with the dashboard', async () => {
    const inside = await h.call('area.inside', { id: areaId, offset: 0, limit: 100, includeRows: false });
    expect(inside.personIds.filter((id) => id === rania)).toHaveLength(1);
    const dashboard = await h.call('status.dashboard', {});
    const counts = dashboard.areas.find((a) => a.areaId === areaId)!.counts;
    expect(Object.values(counts).reduce((n, c) => n + c, 0)).toBe(inside.total);
  });

  it('returns person ids, each once, in order, that open one of the person’s records', async () => {
    const inside = await h.call('area.inside', { id: areaId, offset: 0, limit: 100, includeRows: true });
    expect(inside.personIds).toEqual([ids.maria, mohamed, rania, ids.lina].sort((a, b) => a - b));
    expect(ids.mohamed).toContain(mohamed);
    expect(ids.rania).toContain(rania);
    expect(inside.rows.map((r) => r.id)).toEqual(inside.personIds);
    expect((await h.call('people.get', { id: mohamed })).person.id).toBe(mohamed);
    // Pages go through persons, not records.
    const second = await h.call('area.inside', { id: areaId, offset: 2, limit: 2, includeRows: false });
    expect(second.personIds).toEqual(inside.personIds.slice(2, 4));
  });
});

describe('who is near, by merged person', () => {
  it('counts a person once, at the distance of its nearest record', async () => {
    const near = await h.call('area.near', {
      target: { kind: 'point', lon: 35.46, lat: 33.86 },
      km: 200,
      offset: 0,
      limit: 100,
      includeRows: false,
    });
    // Everyone: Maria, Mohamed, Rania, Omar, Lina.
    expect(near.total).toBe(5);
    const found = near.people.map((p) => p.id);
    expect(new Set(found).size).toBe(5);
    expect(found).toContain(mohamed);
    const raniaKm = near.people.find((p) => p.id === rania)!.distanceKm;
    const omarKm = near.people.find((p) => p.id === ids.omar)!.distanceKm;
    // Her Beirut record, not her Tripoli one (next to Omar's).
    expect(raniaKm).toBeLessThan(5);
    expect(omarKm).toBeGreaterThan(50);
    expect(near.breakdowns.sex).toEqual([
      { key: 'F', count: 3 },
      { key: 'M', count: 2 },
    ]);
  });
});
