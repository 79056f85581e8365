import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, writeDataset } from '../../../electron/engine/synthetic/generator';

const dirs: string[] = [];

async function generate(seed: number, people = 1500): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'muster-gen-det-'));
  dirs.push(dir);
  await writeDataset({ people, seed }, dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('determinism', () => {
  it('writes byte-identical files for the same seed', async () => {
    const a = await generate(2024);
    const b = await generate(2024);
    const names = readdirSync(a).sort();
    expect(names).toEqual(readdirSync(b).sort());
    expect(names).toHaveLength(7);
    for (const name of names) {
      expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
    }
  });

  it('writes different files for a different seed', async () => {
    const a = await generate(1);
    const b = await generate(2);
    for (const name of readdirSync(a)) {
      expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(false);
    }
  });

  it('streams the same events as it writes, without needing a folder', () => {
    const first = [...generateDataset({ people: 300, seed: 9 })];
    const second = [...generateDataset({ people: 300, seed: 9 })];
    expect(second).toEqual(first);
    expect(first.filter((e) => e.kind === 'person')).toHaveLength(300);
  });

  it('refuses impossible options with a clear error', () => {
    expect(() => generateDataset({ people: 0, seed: 1 }).next()).toThrow(/number of people/);
    expect(() => generateDataset({ people: 10, seed: -1 }).next()).toThrow(/seed/);
    expect(() => generateDataset({ people: 10, seed: 1.5 }).next()).toThrow(/seed/);
    expect(() => generateDataset({ people: 10, seed: 1, hostCountry: 'XX' }).next()).toThrow(/host country/);
  });
});
