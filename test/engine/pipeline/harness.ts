// An engine with an open vault, called through the contract as the app calls it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineMethod, MethodParams, MethodResult } from '../../../shared/contract';
import type { ErrorInfo } from '../../../shared/errors';
import { createEngine } from '../../../electron/engine/engine';
import { writeDataset } from '../../../electron/engine/synthetic/generator';
import { CHEAP_KDF, PASSPHRASE, tempDir } from '../helpers';

export interface Harness {
  dir: string;
  vaultPath: string;
  call<M extends EngineMethod>(
    method: M,
    params: MethodParams<M>,
    requestId?: string,
  ): Promise<MethodResult<M>>;
  fail<M extends EngineMethod>(method: M, params: MethodParams<M>): Promise<ErrorInfo>;
  handle(
    method: string,
    params: unknown,
    requestId: string,
  ): ReturnType<ReturnType<typeof createEngine>['handle']>;
  dispose(): Promise<void>;
}

let seq = 0;

export async function openHarness(): Promise<Harness> {
  const dir = tempDir();
  const vaultPath = join(dir, 'import.muster');
  const engine = createEngine({ emit: () => {}, defaultKdf: CHEAP_KDF });
  const handle = (method: string, params: unknown, requestId: string) =>
    engine.handle(method, params, requestId);
  const call = async <M extends EngineMethod>(
    method: M,
    params: MethodParams<M>,
    requestId = `t-${++seq}`,
  ) => {
    const envelope = await engine.handle(method, params, requestId);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value as MethodResult<M>;
  };
  const fail = async <M extends EngineMethod>(method: M, params: MethodParams<M>) => {
    const envelope = await engine.handle(method, params, `t-${++seq}`);
    if (envelope.ok) throw new Error(`${method} succeeded where it should fail`);
    return envelope.error;
  };
  await call('vault.create', { path: vaultPath, passphrase: PASSPHRASE, operator: 'Officer' });
  return { dir, vaultPath, call, fail, handle, dispose: () => engine.dispose() };
}

/**
 * Imports CSV `lines` (header first, phones read as Lebanese) with the suggested mapping and draws the
 * "Beirut port" crisis area around 33.8–34.0 N, 35.4–35.6 E; returns the area's id.
 */
export async function peopleAtBeirutPort(h: Harness, lines: string[]): Promise<number> {
  const path = join(h.dir, 'people.csv');
  writeFileSync(path, lines.join('\n'));
  const preview = await h.call('import.preview', { path });
  await h.call('import.run', {
    path,
    source: 'Embassy list',
    mapping: { ...preview.mapping, country: 'LB' },
  });
  const area = await h.call('area.create', {
    name: 'Beirut port',
    severity: 'evacuate',
    shape: { kind: 'rectangle', west: 35.4, south: 33.8, east: 35.6, north: 34.0 },
  });
  return area.id;
}

/** A small generated dataset (its five row files, truth and people) in a fresh folder. */
export async function generated(people: number, seed = 11): Promise<string> {
  const dir = tempDir();
  await writeDataset({ people, seed }, dir);
  return dir;
}
