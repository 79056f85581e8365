// The committed gazetteer: current, reproducible, small, and keyed as the engine keys today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultGazetteerPath } from '../../../electron/engine/geo/gazetteer';
import { GazetteerIndex, isAlternate, placeOf } from '../../../electron/engine/geo/gazetteerIndex';
import { placeKey } from '../../../electron/engine/geo/gazetteerKeys';

const ROOT = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'muster-gazetteer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundled gazetteer', () => {
  it('stays a few megabytes', () => {
    expect(statSync(defaultGazetteerPath()).size).toBeLessThan(6 * 1024 * 1024);
  });

  it('is what the build script makes today, byte for byte', () => {
    const out = join(dir, 'rebuilt.tsv.gz');
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'test/gen/build-gazetteer.ts', '--out', out],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    expect(readFileSync(out).equals(readFileSync(defaultGazetteerPath()))).toBe(true);
  });

  it("finds every place by its own name under today's keys", () => {
    const index = GazetteerIndex.fromFile(defaultGazetteerPath());
    let checked = 0;
    for (const country of ['LB', 'PH', 'UA', 'SY', 'FR']) {
      const places = index.places(country)!;
      expect(places.size).toBeGreaterThan(20);
      for (let i = 0; i < places.size; i++) {
        const refs = places.lookup(placeKey(places.names[i] as string));
        expect(
          refs.some((r) => placeOf(r) === i && !isAlternate(r)),
          places.names[i],
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
