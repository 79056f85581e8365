// A person merged from several records has one crisis status: the one set last on any of its records,
// set on all of them at once, counted once on the dashboard, and checked in once at the door.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergedScenario, type MergedScenario } from '../exports/mergedScenario';
import type { Harness } from '../pipeline/harness';

let h: Harness;
let areaId: number;
let ids: MergedScenario['ids'];

beforeAll(async () => {
  ({ h, areaId, ids } = await mergedScenario());
});
afterAll(() => h.dispose());

describe('merged persons in crisis status', () => {
  it('shows the status set last on any of its records', async () => {
    const roster = await h.call('status.roster', { selection: { areaId }, query: 'Rania' });
    expect(roster.groups.flatMap((g) => g.members.map((m) => m.status))).toEqual(['needs_assistance']);
    const history = await h.call('status.history', { personId: ids.rania[0] });
    expect(history.map((e) => [e.before, e.after])).toEqual([
      ['unknown', 'safe'],
      ['safe', 'needs_assistance'],
    ]);
  });

  it('sets a status once per person, on every record, and the dashboard counts persons', async () => {
    const set = await h.call('status.set', {
      selection: { areaId },
      status: 'contacted',
      onlyFrom: ['unknown'],
    });
    expect(set).toEqual({ selected: 3, changed: 2, unchanged: 1 });
    const twice = await h.call('status.set', { selection: { personIds: ids.mohamed }, status: 'safe' });
    expect(twice).toEqual({ selected: 1, changed: 1, unchanged: 0 });
    const dashboard = await h.call('status.dashboard', {});
    expect(dashboard.total).toEqual({
      unknown: 1,
      contacted: 1,
      safe: 1,
      needs_assistance: 1,
      evacuated: 0,
      missing: 0,
    });
    expect(dashboard.areas.find((a) => a.areaId === areaId)!.counts).toMatchObject({
      contacted: 1,
      safe: 1,
      needs_assistance: 1,
    });
    for (const id of ids.mohamed) {
      const history = await h.call('status.history', { personId: id });
      expect(history.map((e) => e.after)).toEqual(['contacted', 'safe']);
    }
  });

  it('checks a merged person in once, boarding all its records', async () => {
    const roster = await h.call('status.roster', { selection: { areaId } });
    expect(roster).toMatchObject({ total: 3, boarded: 0, households: 3 });
    const mohamed = roster.groups.flatMap((g) => g.members).find((m) => m.surname === 'El Hassan')!;
    expect(ids.mohamed).toContain(mohamed.id);
    await h.call('status.set', { selection: { personIds: [mohamed.id] }, status: 'evacuated' });
    expect(await h.call('status.roster', { selection: { areaId } })).toMatchObject({ total: 3, boarded: 1 });
    // Taken apart again, both records were boarded.
    await h.call('match.unmerge', { recordIds: [ids.mohamed[1]] });
    const apart = await h.call('status.roster', { selection: { areaId } });
    expect(apart).toMatchObject({ total: 4, boarded: 2 });
  });
});
