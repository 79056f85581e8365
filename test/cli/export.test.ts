// `muster export …`, `muster status …` and `muster keys …`: exit codes 0 (done), 1 (refused), 2 (usage).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/engine/engine';
import { initCliVault, runMuster } from './runCli';

const PASS = 'correct horse battery staple';
const env = { MUSTER_OPERATOR: 'Officer Test', MUSTER_PASSPHRASE: PASS };
const muster = (argv: string[]) => runMuster(argv, env);

let dir: string;
let vault: string;

beforeAll(async () => {
  ({ dir, vault } = await initCliVault('muster-cli-export-', env));
  const people = join(dir, 'people.csv');
  writeFileSync(
    people,
    [
      'Name,Surname,Sex,Nationality,Passport,Phone,Household,Latitude,Longitude',
      'Maria,Santos,F,PH,P1234567,+9613123456,H1,33.90,35.50',
      'Juan,Cruz,M,PH,,+9613765432,,33.91,35.51',
      'Omar,Khalil,M,LB,RL2222222,,,34.40,36.00',
    ].join('\n'),
  );
  const imported = await muster(['import', vault, people, '--source', 'List', '--country', 'LB']);
  if (imported.code !== 0) throw new Error(imported.err);
  writeFileSync(
    join(dir, 'port.geojson'),
    JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [35.4, 33.8],
          [35.6, 33.8],
          [35.6, 34.0],
          [35.4, 34.0],
          [35.4, 33.8],
        ],
      ],
    }),
  );
  const added = await muster(['area', 'add', vault, join(dir, 'port.geojson'), '--name', 'Port']);
  if (added.code !== 0) throw new Error(added.err);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('muster export', () => {
  it('writes a plain manifest only with --plain, and says so', async () => {
    const out = join(dir, 'manifest.csv');
    const refused = await muster(['export', 'manifest', vault, '--area', 'Port', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--recipient .* --plain/);
    expect(existsSync(out)).toBe(false);

    const done = await muster(['export', 'manifest', vault, '--area', 'Port', '--out', out, '--plain']);
    expect(done.err).toBe('');
    expect(done.code).toBe(0);
    expect(done.out).toContain('NOT encrypted');
    expect(done.out).toMatch(/profile carrier-manifest: 2 people, 2 rows, sha256 [0-9a-f]{64}/);
    expect(readFileSync(out, 'utf8')).toContain('Santos,Maria');
  });

  it('prints a manifest as PDF, and refuses PDF for aggregated figures', async () => {
    const out = join(dir, 'manifest.pdf');
    const args = ['export', 'manifest', vault, '--area', 'Port', '--format', 'pdf', '--out', out, '--plain'];
    const done = await muster(args);
    expect(done.err).toBe('');
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/profile carrier-manifest: 2 people, 2 rows/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const figures = join(dir, 'figures.pdf');
    const refused = await muster([
      'export',
      'aggregate',
      vault,
      '--format',
      'pdf',
      '--out',
      figures,
      '--plain',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/PDF is for evacuation manifests only/);
    expect(existsSync(figures)).toBe(false);
  });

  it('seals to a recipient key given on the command line', async () => {
    const identity = await generateIdentity();
    const key = await identityToRecipient(identity);
    const out = join(dir, 'sms.csv');
    const done = await muster([
      'export',
      'contacts',
      vault,
      '--area',
      '1',
      '--out',
      out,
      '--recipient',
      key,
      '--json',
    ]);
    expect(done.code).toBe(0);
    const result = JSON.parse(done.out);
    expect(result).toMatchObject({ path: `${out}.age`, sealed: 'recipients', people: 2 });
    const d = new Decrypter();
    d.addIdentity(identity);
    const text = await d.decrypt(readFileSync(result.path), 'text');
    expect(text).toContain('+9613765432');
  });

  it('seals an aggregate to a passphrase file', async () => {
    const secret = join(dir, 'seal.txt');
    writeFileSync(secret, 'a sealing passphrase\n');
    const out = join(dir, 'figures.xlsx');
    const done = await muster([
      'export',
      'aggregate',
      vault,
      '--format',
      'xlsx',
      '--out',
      out,
      '--seal-passphrase-file',
      secret,
      '--k',
      '2',
    ]);
    expect(done.err).toBe('');
    expect(readFileSync(`${out}.age`).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  });

  it('refuses a malformed key and an unwritable destination, leaving nothing behind', async () => {
    const before = readdirSync(dir).sort();
    const badKey = await muster([
      'export',
      'manifest',
      vault,
      '--area',
      'Port',
      '--out',
      join(dir, 'm2.csv'),
      '--recipient',
      'age1oops',
    ]);
    expect(badKey.code).toBe(1);
    expect(badKey.err).toMatch(/Recipient 1 is not a valid age public key/);
    const noFolder = await muster([
      'export',
      'manifest',
      vault,
      '--area',
      'Port',
      '--out',
      join(dir, 'nope', 'm.csv'),
      '--plain',
    ]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.err).toMatch(/folder does not exist/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('muster export --profile', () => {
  it('cuts a manifest to a profile the crisis cell saved in the vault', async () => {
    const engine = createEngine({ emit: () => {} });
    const unlocked = await engine.handle(
      'vault.unlock',
      { path: vault, passphrase: PASS, operator: 'Officer Test' },
      'u',
    );
    expect(unlocked.ok).toBe(true);
    const saved = await engine.handle(
      'profile.save',
      {
        name: 'Civil protection Tripoli',
        kind: 'manifest',
        purpose: 'Planning buses',
        recipient: 'Host-country civil protection',
        fields: ['group', 'sex', 'special_needs'],
        pseudonymous: true,
      },
      's',
    );
    expect(saved.ok).toBe(true);
    await engine.handle('vault.lock', {}, 'l');
    await engine.dispose();

    const out = join(dir, 'tripoli.csv');
    const done = await muster([
      'export',
      'manifest',
      vault,
      '--area',
      'Port',
      '--profile',
      'Civil protection Tripoli',
      '--out',
      out,
      '--plain',
    ]);
    expect(done.err).toBe('');
    expect(done.out).toContain('profile Civil protection Tripoli');
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('\uFEFFGroup,Sex,Special needs');
  });
});

describe('muster status', () => {
  it('sets the status of an area and prints the dashboard', async () => {
    const set = await muster(['status', vault, '--set', 'needs assistance', '--area', 'Port']);
    expect(set.code).toBe(0);
    expect(set.out).toBe('2 selected, 2 set to needs_assistance, 0 unchanged\n');
    const board = await muster(['status', vault, '--json']);
    const dashboard = JSON.parse(board.out);
    expect(dashboard.total).toMatchObject({ needs_assistance: 2, unknown: 1 });
    expect(dashboard.areas[0]).toMatchObject({ name: 'Port', counts: { needs_assistance: 2 } });
    const bad = await muster(['status', vault, '--set', 'gone', '--area', 'Port']);
    expect(bad.code).toBe(2);
  });

  it('acts on everyone a People search finds, and refuses an unclear choice of people', async () => {
    const set = await muster(['status', vault, '--set', 'safe', '--query', 'Khalil']);
    expect(set.err).toBe('');
    expect(set.out).toBe('1 selected, 1 set to safe, 0 unchanged\n');
    const out = join(dir, 'filipinos.csv');
    const done = await muster(['export', 'manifest', vault, '--nationality', 'ph', '--out', out, '--plain']);
    expect(done.err).toBe('');
    expect(done.out).toMatch(/2 people, 2 rows/);
    expect(readFileSync(out, 'utf8')).toContain('Santos,Maria');
    for (const argv of [
      ['status', vault, '--set', 'safe'],
      ['status', vault, '--set', 'safe', '--area', 'Port', '--query', 'Khalil'],
      ['export', 'aggregate', vault, '--query', 'Khalil', '--out', join(dir, 'f.csv'), '--plain'],
      ['export', 'manifest', vault, '--sex', 'W', '--out', join(dir, 'w.csv'), '--plain'],
    ]) {
      const refused = await muster(argv);
      expect(refused.code).toBe(2);
    }
    expect(existsSync(join(dir, 'f.csv')) || existsSync(join(dir, 'w.csv'))).toBe(false);
  });
});

describe('muster keys', () => {
  it('adds a partner key, seals a contact list to its name, lists and removes it', async () => {
    const identity = await generateIdentity();
    const key = await identityToRecipient(identity);
    const add = await muster([
      'keys',
      'add',
      vault,
      '--name',
      'SMS gateway',
      '--key',
      key,
      '--note',
      'bulk SMS',
    ]);
    expect(add.err).toBe('');
    expect(add.code).toBe(0);

    const out = join(dir, 'contacts.csv');
    const sealed = await muster([
      'export',
      'contacts',
      vault,
      '--area',
      'Port',
      '--out',
      out,
      '--recipient',
      'SMS gateway',
    ]);
    expect(sealed.err).toBe('');
    expect(sealed.code).toBe(0);
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    const plain = await decrypter.decrypt(readFileSync(`${out}.age`), 'text');
    expect(plain).toContain('+9613123456');

    const list = await muster(['keys', 'list', vault, '--json']);
    expect(JSON.parse(list.out)).toMatchObject([{ name: 'SMS gateway', publicKey: key, note: 'bulk SMS' }]);
    const removed = await muster(['keys', 'remove', vault, '--name', 'SMS gateway']);
    expect(removed.code).toBe(0);
    expect((await muster(['keys', 'list', vault])).out).toContain('The address book is empty.');
  });

  it('refuses a malformed key with the reason, and a missing name as a usage error', async () => {
    const bad = await muster(['keys', 'add', vault, '--name', 'Typo', '--key', 'age1notakey']);
    expect(bad.code).toBe(1);
    expect(bad.err).not.toBe('');
    expect((await muster(['keys', 'add', vault, '--key', 'age1x'])).code).toBe(2);
    expect((await muster(['keys', 'rotate', vault])).code).toBe(2);
    expect(JSON.parse((await muster(['keys', 'list', vault, '--json'])).out)).toEqual([]);
  });
});
