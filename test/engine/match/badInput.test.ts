// Input that breaks naive matchers: near-empty records, one name shared by hundreds, a household
// of 200 on one phone, ids colliding across sources. No blow-up in pairs, no merge from emptiness.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CAP } from '../../../electron/engine/match/blocking';
import { openHarness, type Harness } from '../pipeline/harness';
import { importRows, type Row } from './scenario';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.dispose());

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const date = (k: number) => `19${pad(50 + (k % 45), 2)}-${pad(1 + (k % 12), 2)}-${pad(1 + (k % 28), 2)}`;

async function persons(ids: number[]): Promise<Set<number>> {
  const out = new Set<number>();
  for (const id of ids) out.add((await h.call('match.cluster', { id })).personId);
  return out;
}

describe('bad input', () => {
  let empty: number[];
  let namesakes: number[];
  let household: number[];
  let colliding: number[];
  let summary: Awaited<ReturnType<typeof h.call<'match.run'>>>;

  beforeAll(async () => {
    // Records with almost nothing: a sex, or a nationality.
    empty = await importRows(
      h,
      'Hotline notes',
      Array.from({ length: 60 }, (_, k): Row =>
        k % 2 ? { sex: 'M', full_name: 'X' } : { nationality: 'SD', full_name: 'Y' },
      ),
    );
    // 400 different people called Mohammed Ali, most born in the same few years.
    namesakes = await importRows(
      h,
      'Camp list',
      Array.from({ length: 400 }, (_, k): Row => ({
        given_names: 'Mohammed',
        surname: 'Ali',
        date_of_birth: `199${k % 3}-${pad(1 + (k % 12), 2)}-${pad(1 + ((k * 7) % 28), 2)}`,
        // Unrelated numbers (sequential ones would be one edit apart, as a family's can be).
        passport_no: `S${pad((k * 7_919_993 + 1_234_567) % 9_999_991, 7)}`,
      })),
    );
    // One household of 200 on one phone, one surname, one address.
    household = await importRows(
      h,
      'Compound register',
      Array.from({ length: 200 }, (_, k): Row => ({
        given_names: `Member${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + ((k / 26) | 0))}`,
        surname: 'Haddad',
        date_of_birth: date(k),
        phone: '+961 3 123 456',
        address: 'Bldg 4, Hamra Street',
        city: 'Beirut',
      })),
    );
    // Two employers numbering their workers 1, 2, 3…: same source keys, different people.
    colliding = [
      ...(await importRows(h, 'Employer A', [
        { source_key: '1', given_names: 'Amina', surname: 'Yusuf', date_of_birth: '1991-02-03' },
        { source_key: '2', given_names: 'Grace', surname: 'Otieno', date_of_birth: '1989-09-09' },
      ])),
      ...(await importRows(h, 'Employer B', [
        { source_key: '1', given_names: 'Tigist', surname: 'Bekele', date_of_birth: '1995-05-05' },
        { source_key: '2', given_names: 'Rosa', surname: 'Dela Cruz', date_of_birth: '1979-12-01' },
      ])),
    ];
    summary = await h.call('match.run', { mode: 'full' });
  });

  it('never merges records because they are empty alike', async () => {
    expect((await persons(empty)).size).toBe(empty.length);
  });

  it('keeps hundreds of namesakes apart and the pairs bounded', async () => {
    expect((await persons(namesakes)).size).toBe(namesakes.length);
    const byName = summary.pairsByRule.find((r) => r.rule === 'name skeleton + birth year')!;
    // 400 records share the name: the block is over the cap and skipped, not compared 79,800 times.
    expect(byName.oversizeBlocks).toBeGreaterThan(0);
    expect(byName.skippedPairs).toBeGreaterThan(0);
    expect(summary.pairsCompared).toBeLessThan(20_000);
  });

  it('does not merge a household of 200 sharing phone, surname and address', async () => {
    expect((await persons(household)).size).toBe(household.length);
    const phone = summary.pairsByRule.find((r) => r.rule === 'phone + given name or surname skeleton')!;
    expect(phone.oversizeBlocks).toBe(1);
    // Phone + surname puts all 200 in one block, over the cap and skipped; phone + given name splits them.
    expect(phone.skippedPairs).toBe((200 * 199) / 2);
    expect(phone.pairs).toBeLessThanOrEqual((BLOCK_CAP * (BLOCK_CAP - 1)) / 2);
  });

  it('does not merge records whose ids collide across sources', async () => {
    expect((await persons(colliding)).size).toBe(4);
  });

  it('reports pairs per rule that add up to the pairs compared', () => {
    const total = summary.pairsByRule.reduce((s, r) => s + r.pairs, 0);
    expect(total).toBe(summary.pairsCompared);
    expect(summary.mergedClusters).toBe(0);
    expect(summary.phases.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['loading', 'blocking', 'scoring', 'estimating', 'clustering', 'saving']),
    );
  });
});

describe('blocking', () => {
  it('compares a pair once however many rules find it, crediting the first rule', async () => {
    const g = await openHarness();
    try {
      await importRows(g, 'Registry', [
        {
          given_names: 'Selam',
          surname: 'Tesfaye',
          date_of_birth: '1990-01-02',
          passport_no: 'EP1234567',
          phone: '+961 3 000 111',
        },
        {
          given_names: 'Selam',
          surname: 'Tesfaye',
          date_of_birth: '1990-01-02',
          passport_no: 'EP1234567',
          phone: '+961 3 000 111',
        },
        { given_names: 'Selam', surname: 'Tesfaye', date_of_birth: '1990-01-02', passport_no: 'EP7654321' },
        { given_names: 'Abebe', surname: 'Tesfaye', date_of_birth: '1970-06-07', phone: '+961 3 000 111' },
      ]);
      const run = await g.call('match.run', { mode: 'full' });
      const pairs = Object.fromEntries(run.pairsByRule.map((r) => [r.rule, r.pairs]));
      // 1–2 by passport; 1–4, 2–4 by phone and surname (a household); 1–3, 2–3 by name and birth year.
      expect(pairs['passport number']).toBe(1);
      expect(pairs['phone + given name or surname skeleton']).toBe(2);
      expect(pairs['name skeleton + birth year']).toBe(2);
      expect(run.pairsCompared).toBe(5);
    } finally {
      await g.dispose();
    }
  });
});
