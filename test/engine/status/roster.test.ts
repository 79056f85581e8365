// The check-in roster through the contract: households in manifest order, the boarded count, search by
// name in any spelling or by passport, the not-yet-boarded filter, assembly points, and boarding marks
// recorded in the audit trail with counts only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterResult } from '../../../shared/exports';
import { openHarness, peopleAtBeirutPort, type Harness } from '../pipeline/harness';

const YEAR = new Date().getUTCFullYear();

let h: Harness;
let areaId: number;

function names(result: RosterResult): string[][] {
  return result.groups.map((g) => g.members.map((m) => m.given_names ?? ''));
}

beforeAll(async () => {
  h = await openHarness();
  areaId = await peopleAtBeirutPort(h, [
    'Ref,Name,Surname,Sex,Date of birth,Nationality,Passport,Phone,Household,Latitude,Longitude',
    `A1,Maria,Santos,F,${YEAR - 40}-01-01,PH,P1234567,+9613123456,H1,33.90,35.50`,
    `A2,Juan,Santos,M,${YEAR - 8}-05-05,PH,,,H1,33.91,35.51`,
    `A3,Rania,Haddad,F,1990-03-03,LB,RL7654321,+9611123456,,33.85,35.45`,
    `A4,Mohamed,El-Hassan,M,1988-04-03,LB,RL1111111,,,33.86,35.46`,
    `A5,Omar,Khalil,M,1985-07-07,LB,RL2222222,+9613999999,,34.40,36.00`,
  ]);
});
afterAll(() => h.dispose());

describe('status.roster', () => {
  it('lists an area by household in manifest order, nobody boarded yet', async () => {
    const roster = await h.call('status.roster', { selection: { areaId } });
    expect(roster).toMatchObject({ total: 4, boarded: 0, matching: 4, households: 3 });
    expect(names(roster)).toEqual([['Mohamed'], ['Rania'], ['Maria', 'Juan']]);
    expect(roster.groups.map((g) => g.group)).toEqual([1, 2, 3]);
    expect(roster.groups[2]!.members[0]).toMatchObject({ surname: 'Santos', status: 'unknown' });
  });

  it('finds a name in another spelling or script, and a passport from its first characters', async () => {
    const spelled = await h.call('status.roster', { selection: { areaId }, query: 'Muhammad Hasan' });
    expect(names(spelled)).toEqual([['Mohamed']]);
    const arabic = await h.call('status.roster', { selection: { areaId }, query: 'محمد' });
    expect(names(arabic)).toEqual([['Mohamed']]);
    const typing = await h.call('status.roster', { selection: { areaId }, query: 'sant' });
    expect(names(typing)).toEqual([['Maria', 'Juan']]);
    // The group number stays the manifest's, whatever the search leaves out.
    expect(typing.groups[0]!.group).toBe(3);
    const passport = await h.call('status.roster', { selection: { areaId }, query: 'rl7654' });
    expect(names(passport)).toEqual([['Rania']]);
    expect(passport.total).toBe(4);
    const nobody = await h.call('status.roster', { selection: { areaId }, query: 'Khalil' });
    expect(nobody).toMatchObject({ matching: 0, households: 0, groups: [] });
  });

  it('counts the boarded and hides them on request; a mark is audited with counts only', async () => {
    const roster = await h.call('status.roster', { selection: { areaId }, query: 'Maria' });
    const maria = roster.groups[0]!.members[0]!;
    await h.call('status.set', { selection: { personIds: [maria.id] }, status: 'evacuated' });
    const after = await h.call('status.roster', { selection: { areaId }, notBoardedOnly: true });
    expect(after).toMatchObject({ total: 4, boarded: 1, matching: 3, households: 3 });
    expect(names(after)).toEqual([['Mohamed'], ['Rania'], ['Juan']]);
    const [entry] = await h.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'status.set', counts: { selected: 1, changed: 1 } });
    expect(JSON.stringify(entry)).not.toMatch(/Maria|Santos|P1234567/);
    // Undo: back to the status she had, only if nobody changed it meanwhile.
    const undo = await h.call('status.set', {
      selection: { personIds: [maria.id] },
      status: 'unknown',
      onlyFrom: ['evacuated'],
    });
    expect(undo).toEqual({ selected: 1, changed: 1, unchanged: 0 });
    expect((await h.call('status.roster', { selection: { areaId } })).boarded).toBe(0);
  });

  it('pages by household, never splitting one', async () => {
    const first = await h.call('status.roster', { selection: { areaId }, offset: 0, limit: 2 });
    const last = await h.call('status.roster', { selection: { areaId }, offset: 2, limit: 2 });
    expect(names(first)).toEqual([['Mohamed'], ['Rania']]);
    expect(names(last)).toEqual([['Maria', 'Juan']]);
    expect(last.households).toBe(3);
  });

  it('lists the people an assembly point gathers', async () => {
    const near = await h.call('assembly.create', { name: 'Port gate', kind: 'port', lat: 33.9, lon: 35.5 });
    await h.call('assembly.create', { name: 'Tripoli school', kind: 'school', lat: 34.43, lon: 35.84 });
    const roster = await h.call('status.roster', { selection: { assemblyPointId: near.id } });
    expect(roster.total).toBe(4);
    expect(names(roster).flat()).not.toContain('Omar');
    const inArea = await h.call('status.roster', { selection: { assemblyPointId: near.id, areaId } });
    expect(inArea.total).toBe(4);
  });

  it('notices a renamed person and a reshaped area between two searches', async () => {
    const before = await h.call('status.roster', { selection: { areaId }, query: 'Rania' });
    const rania = before.groups[0]!.members[0]!;
    await h.call('people.update', { id: rania.id, changes: { surname: 'Haddad-Nassar' } });
    const renamed = await h.call('status.roster', { selection: { areaId }, query: 'nassar' });
    expect(names(renamed)).toEqual([['Rania']]);
    await h.call('area.update', {
      id: areaId,
      shape: { kind: 'rectangle', west: 35.4, south: 33.8, east: 36.1, north: 34.6 },
    });
    expect((await h.call('status.roster', { selection: { areaId } })).total).toBe(5);
  });

  it('refuses an area that does not exist', async () => {
    const error = await h.fail('status.roster', { selection: { areaId: 999 } });
    expect(error.code).toBe('NOT_FOUND');
  });
});
