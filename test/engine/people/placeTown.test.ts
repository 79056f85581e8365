// Placing a whole town at once: its spellings grouped, everyone there placed with history and one
// audit entry, the point kept through a restart, and the next import placing the town by itself.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../helpers';
import { openHarness, type Harness } from '../pipeline/harness';

let h: Harness;

async function importCsv(name: string, rows: string[]): Promise<void> {
  const path = join(h.dir, name);
  writeFileSync(path, ['Ref,Name,Surname,City', ...rows].join('\n'));
  const preview = await h.call('import.preview', { path });
  await h.call('import.run', { path, source: name, mapping: { ...preview.mapping, country: 'LB' } });
}

beforeAll(async () => {
  h = await openHarness();
  await importCsv('first.csv', [
    'A1,Maria,Santos,Bourj Hammoud',
    'A2,Juan,Cruz,Borj Hammoud',
    'A3,Ana,Reyes,Burj Hammud',
    'A4,Rosa,Lim,Dekwaneh',
    'A5,Ali,Haidar,Tripoli',
    'A6,Nour,Saleh,',
  ]);
});
afterAll(() => h.dispose());

describe('people.unplacedTowns', () => {
  it('groups the spellings of one town, most people first, and leaves out placed and town-less people', async () => {
    const towns = await h.call('people.unplacedTowns', { limit: 10 });
    expect(towns).toHaveLength(2);
    const [bourj, dekwaneh] = towns;
    expect(bourj?.count).toBe(3);
    expect(bourj?.spellings.map((s) => s.city).sort()).toEqual([
      'Borj Hammoud',
      'Bourj Hammoud',
      'Burj Hammud',
    ]);
    expect(dekwaneh?.spellings).toEqual([{ city: 'Dekwaneh', count: 1 }]);
  });
});

describe('people.placeTown', () => {
  it('places everyone of the town, with history and one audit entry that names no place', async () => {
    const [bourj] = await h.call('people.unplacedTowns', { limit: 10 });
    const result = await h.call('people.placeTown', {
      country: bourj!.country,
      key: bourj!.key,
      lat: 33.8886,
      lon: 35.5403,
    });
    expect(result.placed).toBe(3);
    const unplaced = await h.call('people.unplaced', { offset: 0, limit: 100 });
    expect(unplaced.rows.map((r) => r.surname).sort()).toEqual(['Lim', 'Saleh']);
    const cruz = (await h.call('people.search', { query: 'Cruz' })).rows[0]!;
    const detail = await h.call('people.get', { id: cruz.id });
    expect(detail.person.lat).toBe(33.8886);
    expect(detail.geocode).toBeNull();
    expect(detail.history.map((c) => c.field)).toEqual(expect.arrayContaining(['lat', 'lon']));
    const audit = await h.call('audit.list', { limit: 5 });
    const entry = audit.find((e) => e.action === 'people.placeTown');
    expect(entry?.counts).toEqual({ people: 3, spellings: 3 });
    expect(JSON.stringify(entry)).not.toMatch(/Hamm/);
  });

  it('refuses a town nobody is waiting in any more', async () => {
    const error = await h.fail('people.placeTown', { country: '', key: 'brjhmd', lat: 1, lon: 1 });
    expect(error.code).toBe('NOT_FOUND');
  });

  it('keeps the placement through a restart and places the town in the next import', async () => {
    await h.call('vault.lock', {});
    await h.call('vault.unlock', { path: h.vaultPath, passphrase: PASSPHRASE, operator: 'Officer' });
    expect((await h.call('people.unplaced', { offset: 0, limit: 100 })).total).toBe(2);
    await importCsv('second.csv', ['B1,Mary,Cruz,BOURJ HAMMOUD', 'B2,Omar,Farah,Dekwaneh']);
    const mary = (await h.call('people.search', { query: 'Mary Cruz' })).rows[0]!;
    const detail = await h.call('people.get', { id: mary.id });
    expect(detail.person.lat).toBe(33.8886);
    expect(detail.geocode?.place).toMatch(/placed by an officer/);
    expect((await h.call('people.unplaced', { offset: 0, limit: 100 })).total).toBe(3);
  });
});
