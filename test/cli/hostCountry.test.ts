// `muster import` without --country: numbers written without a country code are read in the
// vault's host country.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliVault, runMuster } from './runCli';
import { withEngine } from '../../electron/cli/context';

const PASS = 'correct horse battery staple';
const env = { MUSTER_OPERATOR: 'Officer Test', MUSTER_PASSPHRASE: PASS };

function muster(argv: string[]) {
  return runMuster(argv, env);
}

let dir: string;
let vault: string;
let roster: string;

beforeAll(async () => {
  ({ dir, vault } = await initCliVault('muster-cli-host-', env));
  roster = join(dir, 'roster.csv');
  writeFileSync(roster, 'Name,Surname,Mobile\nMaria,Santos,03 123 456\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function phones(): Promise<(string | null)[]> {
  const r = await muster(['people', vault, '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.out).rows.map((p: { phone: string | null }) => p.phone);
}

describe('muster import and the host country', () => {
  it('reads national numbers in the host country when neither --country nor the mapping names one', async () => {
    await withEngine(async (call) => {
      await call('vault.unlock', { path: vault, passphrase: PASS, operator: 'Officer Test' });
      await call('settings.setHostCountry', { country: 'LB' });
    });
    const r = await muster(['import', vault, roster, '--source', 'Roster', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).counts).toMatchObject({ read: 1, imported: 1 });
    expect(await phones()).toEqual(['+9613123456']);
  });
});
