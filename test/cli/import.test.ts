// `muster import` and `muster people`: counts printed, exit codes 0 (done), 1 (refused), 2 (usage).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliVault, runMuster } from './runCli';

const PASS = 'correct horse battery staple';
const env = { MUSTER_OPERATOR: 'Officer Test', MUSTER_PASSPHRASE: PASS };

function muster(argv: string[]) {
  return runMuster(argv, env);
}

let dir: string;
let vault: string;
let roster: string;

beforeAll(async () => {
  ({ dir, vault } = await initCliVault('muster-cli-import-', env));
  roster = join(dir, 'roster.csv');
  writeFileSync(
    roster,
    'Worker;Born;Mobile\nMaria Santos;12/03/1990;03 123 456\nJuan dela Cruz;01/02/1985;71 234 567\n;;\n',
  );
  writeFileSync(
    join(dir, 'mapping.json'),
    JSON.stringify({
      columns: { Worker: 'full_name', Born: 'date_of_birth', Mobile: 'phone' },
      dateOrder: 'DMY',
      country: 'LB',
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('muster import', () => {
  it('imports with a mapping file and prints the counts', async () => {
    const r = await muster([
      'import',
      vault,
      roster,
      '--source',
      'Roster',
      '--mapping',
      join(dir, 'mapping.json'),
      '--json',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).counts).toMatchObject({ read: 3, imported: 2, rejected: 1 });
    const again = await muster([
      'import',
      vault,
      roster,
      '--source',
      'Roster',
      '--mapping',
      join(dir, 'mapping.json'),
    ]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Unchanged: 2/);
  });

  it('finds the imported people, and never prints their data on errors', async () => {
    const r = await muster(['people', vault, '--query', '+961 3 123456', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).rows.map((p: { surname: string }) => p.surname)).toEqual(['Santos']);
    const bad = await muster(['import', vault, join(dir, 'mapping.json'), '--source', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.err).not.toContain('Worker');
  });

  it('exit code 1 for an unreadable file, 2 for usage errors', async () => {
    writeFileSync(join(dir, 'empty.csv'), '');
    expect((await muster(['import', vault, join(dir, 'empty.csv'), '--source', 'x'])).code).toBe(1);
    expect((await muster(['import', vault, roster])).code).toBe(2);
    expect((await muster(['import', vault])).code).toBe(2);
    expect((await muster(['import', vault, roster, '--source', 'x', '--country', 'Lebanon'])).code).toBe(2);
    expect((await muster(['people', vault, '--limit', 'lots'])).code).toBe(2);
  });
});
