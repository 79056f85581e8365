import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGen } from '../../gen/gen';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function gen(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runGen(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('npm run gen', () => {
  it('writes the dataset and reports row counts only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'muster-gen-cli-'));
    dirs.push(dir);
    const out = join(dir, 'nested', 'out');
    const r = await gen(['--people', '200', '--seed', '3', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'people.csv',
      'registrations.csv',
      'roster-al-manara.csv',
      'roster-cedre-bleu.csv',
      'roster-harbour-staffing.json',
      'roster-phoenicia-home.tsv',
      'truth.csv',
    ]);
    expect(r.out).toMatch(/^200 people written to .* in [\d.]+ s \(RSS \d+ MiB\)\n/);
    expect(r.out).toMatch(/people\.csv\s+200 rows/);
  });

  it.each([
    [[], /Missing --people/],
    [['--people', '10', '--seed', '1'], /Missing --out/],
    [['--people', 'ten', '--seed', '1', '--out', 'x'], /--people must be a whole number/],
    [['--people', '0', '--seed', '1', '--out', 'x'], /at least 1/],
    [['--people', '10', '--seed', '-4', '--out', 'x'], /--seed/],
    [['--people', '10', '--seed', '99999999999', '--out', 'x'], /--seed must be a whole number/],
    [['--people', '10', '--seed', '1', '--out', 'x', '--host', 'ZZ'], /--host must be one of: LB/],
    [['--people', '10', '--seed', '1', '--out', 'x', '--colour'], /Unknown option '--colour'/],
    [['--people', '10', '--seed', '1', '--out', 'x', 'extra'], /positional/],
  ])('exits 2 with usage on %j', async (argv, message) => {
    const r = await gen(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Usage: npm run gen');
    expect(existsSync('x')).toBe(false);
  });

  it('prints usage for --help and exits 0', async () => {
    const r = await gen(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--people N');
  });

  it('exits 1 with a short message when the folder cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'muster-gen-cli-'));
    dirs.push(dir);
    const blocker = join(dir, 'file');
    await gen(['--people', '5', '--seed', '1', '--out', blocker]);
    const r = await gen(['--people', '5', '--seed', '1', '--out', join(blocker, 'people.csv', 'below')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^gen: could not write the dataset \(E[A-Z]+\)\.\n$/);
  });
});
