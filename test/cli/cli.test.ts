import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMuster, type CliResult } from './runCli';

const PASS = 'correct horse battery staple';
const NEW_PASS = 'a different long passphrase';

function muster(argv: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runMuster(argv, { MUSTER_OPERATOR: 'Officer Test', ...env });
}

let dir: string;
let vault: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muster-cli-'));
  vault = join(dir, 'embassy.muster');
  const r = await muster(['init', vault], { MUSTER_PASSPHRASE: PASS });
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('muster CLI', () => {
  it('reports format, schema and counts as JSON', async () => {
    const r = await muster(['info', vault, '--json'], { MUSTER_PASSPHRASE: PASS });
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out);
    expect(info.formatVersion).toBeGreaterThanOrEqual(1);
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(info.counts.people).toBe(0);
    expect(info.counts.auditEntries).toBeGreaterThanOrEqual(1);
  });

  it('info does not modify the vault', async () => {
    const before = readFileSync(vault);
    const listing = readdirSync(dir).sort();
    expect((await muster(['info', vault], { MUSTER_PASSPHRASE: PASS })).code).toBe(0);
    expect(readFileSync(vault).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(listing);
  });

  it('fails a wrong passphrase with exit 1 and one line on stderr', async () => {
    const r = await muster(['info', vault], { MUSTER_PASSPHRASE: 'not the passphrase' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/wrong passphrase/i);
  });

  it('refuses a passphrase on the command line (usage error, exit 2)', async () => {
    const r = await muster(['info', vault, `--passphrase=${PASS}`]);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain(PASS);
  });

  it('exits 2 for usage errors', async () => {
    expect((await muster([])).code).toBe(2);
    expect((await muster(['frobnicate'])).code).toBe(2);
    expect((await muster(['info'], { MUSTER_PASSPHRASE: PASS })).code).toBe(2);
    expect((await muster(['info', vault])).code).toBe(2); // no passphrase source
    expect((await muster(['info', vault, '--bogus'], { MUSTER_PASSPHRASE: PASS })).code).toBe(2);
  });

  it('reads the passphrase from a file, refusing non-UTF-8 bytes', async () => {
    const good = join(dir, 'pass.txt');
    writeFileSync(good, PASS + '\n');
    expect((await muster(['info', vault, '--passphrase-file', good])).code).toBe(0);
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x63, 0xff, 0xfe, 0x80, 0x41]));
    const r = await muster(['info', vault, '--passphrase-file', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/UTF-8/);
  });

  it('tells a file of another kind apart from a damaged vault', async () => {
    const png = join(dir, 'photo.muster');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const r = await muster(['info', png], { MUSTER_PASSPHRASE: PASS });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a muster vault/i);

    const damaged = join(dir, 'damaged.muster');
    const bytes = readFileSync(vault);
    bytes[bytes.length - 40]! ^= 0x01;
    writeFileSync(damaged, bytes);
    const d = await muster(['info', damaged], { MUSTER_PASSPHRASE: PASS });
    expect(d.code).toBe(1);
    expect(d.err).toMatch(/damaged/i);
  });

  it('will not create over an existing vault, nor in a folder it cannot write', async () => {
    const before = readFileSync(vault);
    const r = await muster(['init', vault], { MUSTER_PASSPHRASE: PASS });
    expect(r.code).toBe(1);
    expect(readFileSync(vault).equals(before)).toBe(true);
    const nowhere = await muster(['init', '/proc/muster-cannot-write/x.muster'], { MUSTER_PASSPHRASE: PASS });
    expect(nowhere.code).toBe(1);
  });

  it('refuses an empty or absurdly long passphrase for a new vault', async () => {
    const empty = await muster(['init', join(dir, 'e.muster')], { MUSTER_PASSPHRASE: '' });
    expect(empty.code).toBe(1);
    const long = await muster(['init', join(dir, 'l.muster')], { MUSTER_PASSPHRASE: 'x'.repeat(10_000) });
    expect(long.code).toBe(1);
    expect(long.err).toMatch(/too long/i);
    expect(existsSync(join(dir, 'e.muster')) || existsSync(join(dir, 'l.muster'))).toBe(false);
  });

  it('changes the passphrase and audits it', async () => {
    const copy = join(dir, 'passwd.muster');
    expect((await muster(['init', copy], { MUSTER_PASSPHRASE: PASS })).code).toBe(0);
    const r = await muster(['passwd', copy], { MUSTER_PASSPHRASE: PASS, MUSTER_NEW_PASSPHRASE: NEW_PASS });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await muster(['info', copy], { MUSTER_PASSPHRASE: PASS })).code).toBe(1);
    const audit = await muster(['audit', copy, '--json'], { MUSTER_PASSPHRASE: NEW_PASS });
    expect(audit.code).toBe(0);
    const actions = (JSON.parse(audit.out) as { action: string; operator: string }[]).map((e) => e.action);
    expect(actions).toContain('vault.create');
    expect(actions.some((a) => /passphrase/i.test(a))).toBe(true);
  });

  it('creates a demo vault of synthetic people', async () => {
    const demoPath = join(dir, 'demo.muster');
    const r = await muster(['demo', '--out', demoPath, '--people', '250']);
    expect(r.code).toBe(0);
    const { DEMO_PASSPHRASE } = await import('../../electron/cli/commands/demo');
    const info = JSON.parse(
      (await muster(['info', demoPath, '--json'], { MUSTER_PASSPHRASE: DEMO_PASSPHRASE })).out,
    );
    // Registrations, re-registrations and rosters: more records than people, all imported.
    expect(info.counts.people).toBeGreaterThan(250);
    const audit = JSON.parse(
      (await muster(['audit', demoPath, '--json'], { MUSTER_PASSPHRASE: DEMO_PASSPHRASE })).out,
    );
    expect(
      audit.filter((e: { action: string }) => e.action.startsWith('import')).length,
    ).toBeGreaterThanOrEqual(5);
    // A crisis in progress: duplicates found, areas drawn, the first people contacted.
    const areas = await muster(['area', 'list', demoPath, '--json'], { MUSTER_PASSPHRASE: DEMO_PASSPHRASE });
    expect(JSON.parse(areas.out).map((a: { severity: string }) => a.severity)).toEqual([
      'evacuate',
      'shelter',
    ]);
    const status = await muster(['status', demoPath, '--json'], { MUSTER_PASSPHRASE: DEMO_PASSPHRASE });
    expect(JSON.parse(status.out).total.contacted).toBeGreaterThan(0);
    const dedupe = await muster(['dedupe', demoPath, '--json'], { MUSTER_PASSPHRASE: DEMO_PASSPHRASE });
    expect(JSON.parse(dedupe.out).newRecords).toBe(0);
    const again = await muster(['demo', '--out', demoPath, '--if-missing']);
    expect(again.code).toBe(0);
  });

  it('runs as `npm run muster` from the repository', () => {
    const r = spawnSync('npm', ['run', '--silent', 'muster', '--', 'info', vault, '--json'], {
      env: { ...process.env, MUSTER_PASSPHRASE: PASS },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).counts.people).toBe(0);
    const bad = spawnSync('npm', ['run', '--silent', 'muster', '--', 'info', vault], {
      env: { ...process.env, MUSTER_PASSPHRASE: 'wrong one' },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
  });
});
