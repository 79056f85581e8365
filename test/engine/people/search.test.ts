// People search across spellings, alphabets and number formats; template reuse on preview.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../pipeline/harness';

let h: Harness;
const csv = [
  'Ref;Nom;Prénom;Téléphone;Passeport;Email',
  'A1;EL-HASSAN;Mohamed;03 123 456;ab 123-456;Mo.Hassan@Example.org',
  'A2;حسن;محمد;+961 71 234 567;CD987654;',
  'A3;Santos;Maria;00961 3 555 666;EF555666;maria@example.org',
  'A4;Santos;Hassan;03 777 888;GH777888;',
  'A5;Khoury;Maria;03 777 999;GH777999;',
].join('\r\n');

beforeAll(async () => {
  h = await openHarness();
  const path = join(h.dir, 'list.csv');
  writeFileSync(path, csv);
  const preview = await h.call('import.preview', { path });
  await h.call('import.run', {
    path,
    source: 'Embassy list',
    mapping: { ...preview.mapping, country: 'LB' },
    saveTemplate: 'Embassy list v1',
  });
});
afterAll(() => h.dispose());

const search = (query: string) =>
  h.call('people.search', { query, filters: {}, sort: 'surname', offset: 0, limit: 10 });

describe('people.search', () => {
  it('finds "Muhammad" stored as "Mohamed" and in Arabic script', async () => {
    const page = await search('Muhammad');
    expect(page.rows.map((r) => r.given_names).sort()).toEqual(['Mohamed', 'محمد']);
    expect(page.total).toBe(2);
    expect(page.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('wants every word of a name, each in any spelling; only the last may be unfinished', async () => {
    const names = async (q: string) =>
      (await search(q)).rows.map((r) => `${r.given_names} ${r.surname}`).sort();
    expect(await names('Maria Santos')).toEqual(['Maria Santos']);
    expect(await names('Santos Maria')).toEqual(['Maria Santos']);
    expect(await names('Muhammad Hasan')).toEqual(['Mohamed EL-HASSAN', 'محمد حسن']);
    expect(await names('Maria Sant')).toEqual(['Maria Santos']);
    expect(await names('Mar')).toEqual(['Maria Khoury', 'Maria Santos']);
    // An unfinished word is a prefix only at the end: "Sant" elsewhere is a whole word.
    expect(await names('Sant Maria')).toEqual([]);
  });

  it('finds a phone number written in another format', async () => {
    expect((await search('+9613123456')).rows.map((r) => r.surname)).toEqual(['EL-HASSAN']);
    expect((await search('071-234567')).rows.map((r) => r.surname)).toEqual(['حسن']);
  });

  it('finds a passport whatever its spacing, and an e-mail whatever its case', async () => {
    expect((await search('AB123456')).rows.map((r) => r.given_names)).toEqual(['Mohamed']);
    expect((await search('MARIA@EXAMPLE.ORG')).rows.map((r) => r.given_names)).toEqual(['Maria']);
  });

  it('filters, sorts and pages', async () => {
    const page = await h.call('people.search', {
      filters: { source: 'Embassy list' },
      sort: 'given_names',
      offset: 1,
      limit: 1,
    });
    expect(page.total).toBe(5);
    expect(page.rows).toHaveLength(1);
    expect((await search('Nobody')).total).toBe(0);
  });

  it('edits are journalled, kept in history and audited', async () => {
    const id = (await search('Maria')).rows[0]!.id;
    const detail = await h.call('people.update', {
      id,
      changes: { city: 'Byblos', phone: '+961 3 999 888' },
    });
    expect(detail.person).toMatchObject({ city: 'Byblos', phone: '+9613999888' });
    expect(detail.history.map((c) => c.field).sort()).toEqual(['city', 'phone']);
    expect((await h.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      action: 'people.update',
      object: `person ${id}`,
    });
    expect((await h.call('people.facets', {})).cities).toContain('Byblos');
  });
});

describe('mapping templates', () => {
  it('applies the saved mapping when the same headers come back in another order', async () => {
    const path = join(h.dir, 'list2.csv');
    writeFileSync(
      path,
      'Email;Passeport;Téléphone;Prénom;Nom;Ref\r\nx@example.org;GH123456;;Ana;Lima;B1\r\n',
    );
    const preview = await h.call('import.preview', { path, source: 'Embassy list' });
    expect(preview.template).toBe('Embassy list v1');
    expect(preview.mapping.country).toBe('LB');
    expect((await h.call('import.templates', {})).map((t) => t.name)).toEqual(['Embassy list v1']);
  });
});
