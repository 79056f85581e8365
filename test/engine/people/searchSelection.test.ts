// A People search as the selection of a bulk action: every page of the search, exactly, and nothing of
// the search itself in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeopleFilters } from '../../../shared/people';
import { selectPeople } from '../../../electron/engine/exports/selection';
import { searchPeople } from '../../../electron/engine/people/search';
import { Vault } from '../../../electron/engine/vault/vault';
import { PASSPHRASE } from '../helpers';
import { importGenerated } from '../match/generatedData';
import { generated, openHarness, type Harness } from '../pipeline/harness';

const FILES = ['registrations.csv', 'roster-cedre-bleu.csv'];

let h: Harness;
let disposed = false;

beforeAll(async () => {
  h = await openHarness();
  await importGenerated(h.call, await generated(300, 7), FILES);
});
afterAll(async () => {
  if (!disposed) await h.dispose();
});

/** Ids of every page of a search, a small page at a time as the People table reads them. */
function allPages(vault: Vault, query: string | undefined, filters: PeopleFilters): number[] {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 37) {
    const page = searchPeople(vault, { query, filters, sort: 'surname', offset, limit: 37 });
    ids.push(...page.rows.map((r) => r.id));
    if (page.rows.length < 37) return ids.sort((a, b) => a - b);
  }
}

describe('status.set on a People search', () => {
  it('changes everyone the search finds, and audits counts only', async () => {
    const search = { query: 'Mar', filters: { sex: 'F' as const } };
    const found = await h.call('people.search', { ...search, limit: 1 });
    expect(found.total).toBeGreaterThan(1);
    const result = await h.call('status.set', { selection: { search }, status: 'safe' });
    expect(result).toEqual({ selected: found.total, changed: found.total, unchanged: 0 });
    const dashboard = await h.call('status.dashboard', {});
    expect(dashboard.total.safe).toBe(found.total);

    // Wider: every woman; those already safe stay as they are.
    const women = await h.call('people.search', { filters: { sex: 'F' }, limit: 1 });
    const again = await h.call('status.set', {
      selection: { search: { filters: { sex: 'F' } } },
      status: 'safe',
      onlyFrom: ['unknown'],
    });
    expect(again).toEqual({
      selected: women.total,
      changed: women.total - found.total,
      unchanged: found.total,
    });

    const [entry] = await h.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'status.set', counts: { selected: women.total } });
    expect(JSON.stringify(entry)).not.toMatch(/Mar|"F"|sex/);
  });

  it('refuses a search that is not a People search', async () => {
    const error = await h.fail('status.set', {
      // @ts-expect-error: a sort is not part of what a search selects
      selection: { search: { filters: {}, sort: 'surname' } },
      status: 'safe',
    });
    expect(error.code).toBe('INVALID_INPUT');
  });

  it('exports the people of a search', async () => {
    const filters = { source: 'roster-cedre-bleu.csv' };
    const found = await h.call('people.search', { filters, limit: 1 });
    const result = await h.call('export.manifest', {
      selection: { search: { filters } },
      format: 'csv',
      path: `${h.dir}/roster.csv`,
      seal: { mode: 'plain', confirmed: true },
    });
    expect(result.people).toBe(found.total);
  });
});

describe('selectPeople on a People search', () => {
  let vault: Vault;
  beforeAll(async () => {
    await h.dispose();
    disposed = true;
    vault = await Vault.open(h.vaultPath, PASSPHRASE);
  });
  afterAll(() => vault.close());

  it('selects the same people as every page of the search, query and filters combined', async () => {
    const someone = vault.query<{ surname: string; phone: string; city: string; nationality: string }>(
      `SELECT surname, phone, city, nationality FROM person
       WHERE surname IS NOT NULL AND phone IS NOT NULL AND city IS NOT NULL ORDER BY id LIMIT 1`,
    )[0]!;
    const cases: { query?: string; filters: PeopleFilters }[] = [
      { filters: {} },
      { query: '   ', filters: {} },
      { filters: { source: 'registrations.csv' } },
      { query: 'Mar', filters: {} },
      { query: someone.surname, filters: { sex: 'M', ageBand: '18-59' } },
      { query: someone.phone, filters: {} },
      { filters: { hasCoordinates: true, specialNeeds: false } },
      { filters: { city: someone.city, nationality: someone.nationality, ageBand: '0-17' } },
      { query: 'Zzyzx Qwv', filters: {} },
    ];
    let nonEmpty = 0;
    for (const { query, filters } of cases) {
      const expected = allPages(vault, query, filters);
      const selected = await selectPeople(vault, {
        search: query === undefined ? { filters } : { query, filters },
      });
      expect(selected, JSON.stringify({ query, filters })).toEqual({ ids: expected, unknown: 0 });
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(7);
  });
});
