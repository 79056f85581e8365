// `muster area add|list` and `muster inside`: exit codes 0 (done), 1 (refused), 2 (usage).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliVault, runMuster } from './runCli';

const PASS = 'correct horse battery staple';
const env = { MUSTER_OPERATOR: 'Officer Test', MUSTER_PASSPHRASE: PASS };
const muster = (argv: string[]) => runMuster(argv, env);

let dir: string;
let vault: string;

beforeAll(async () => {
  ({ dir, vault } = await initCliVault('muster-cli-area-', env));
  const people = join(dir, 'people.csv');
  writeFileSync(
    people,
    [
      'Name,Surname,Sex,Nationality,Latitude,Longitude',
      'Maria,Santos,F,PH,33.90,35.50',
      'Juan,Cruz,M,PH,33.91,35.51',
      'Omar,Khalil,M,LB,34.40,36.00',
      'Ana,Reyes,F,PH,,',
    ].join('\n'),
  );
  const imported = await muster(['import', vault, people, '--source', 'List', '--country', 'LB']);
  if (imported.code !== 0) throw new Error(imported.err);
  writeFileSync(
    join(dir, 'port.geojson'),
    JSON.stringify({
      type: 'Feature',
      properties: { name: 'Port' },
      geometry: {
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
      },
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('muster area and inside', () => {
  it('adds an area from a file and lists it', async () => {
    const added = await muster([
      'area',
      'add',
      vault,
      join(dir, 'port.geojson'),
      '--name',
      'Beirut port',
      '--severity',
      'evacuate',
    ]);
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^area 1\tBeirut port\tevacuate\t5 vertices$/m);

    const listed = await muster(['area', 'list', vault, '--json']);
    expect(listed.code).toBe(0);
    const [area] = JSON.parse(listed.out);
    expect(area).toMatchObject({ id: 1, name: 'Beirut port', severity: 'evacuate', vertexCount: 5 });
    expect(area.geometry).toBeUndefined();
  });

  it('says who is inside, by name or number, with breakdowns and ids', async () => {
    const text = await muster(['inside', vault, '--area', 'beirut port']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('area 1 (Beirut port, evacuate): 2 inside');
    expect(text.out).toContain('nationality: PH 2');
    expect(text.out).toContain('without coordinates (not counted): 1');
    expect(text.out).toMatch(/person ids: 1 2$/m);

    const json = JSON.parse((await muster(['inside', vault, '--area', '1', '--json'])).out);
    expect(json).toMatchObject({ area: { id: 1 }, total: 2, personIds: [1, 2], unplaced: 1 });
  });

  it('refuses bad input with the right exit code', async () => {
    expect((await muster(['inside', vault, '--area', 'Nowhere'])).code).toBe(2);
    expect((await muster(['area', 'add', vault, join(dir, 'port.geojson')])).code).toBe(2);
    expect(
      (await muster(['area', 'add', vault, join(dir, 'port.geojson'), '--name', 'x', '--severity', 'panic']))
        .code,
    ).toBe(2);
    const empty = join(dir, 'empty.geojson');
    writeFileSync(empty, JSON.stringify({ type: 'FeatureCollection', features: [] }));
    const refused = await muster(['area', 'add', vault, empty, '--name', 'Empty']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('no polygon');
  });
});
