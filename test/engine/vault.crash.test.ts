// Kills a writing process at random moments, including in the middle of saves, and checks after
// every kill that the vault opens and holds every change that was acknowledged.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../electron/engine/vault/vault';
import { bundleForNode } from './bundle';
import { PASSPHRASE, newVault } from './helpers';

const ROUNDS = 32;
// Bundled once, so each of the many child processes starts in a fraction of the time tsx needs.
let writer: { file: string; remove: () => void };

beforeAll(async () => {
  writer = await bundleForNode(fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url)));
});
afterAll(() => writer?.remove());

interface Round {
  acked: number[];
  killedDuringSave: boolean;
}

/**
 * Runs the writer until `shouldKill` says so (judged on each stdout line) and SIGKILLs it, or until it
 * kills itself at a random file-system step (`crashChance` per step).
 */
function runWriter(
  path: string,
  first: number,
  shouldKill: (line: string, acks: number) => boolean,
  crashChance = 0,
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer.file, path, String(first), '9'], {
      env: {
        ...process.env,
        MUSTER_TEST_PASSPHRASE: PASSPHRASE,
        MUSTER_TEST_CRASH_CHANCE: String(crashChance),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let inSave = false;
    let killedDuringSave = false;
    let killed = false;
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (killed) return;
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
        if (line === 'save-begin') inSave = true;
        if (line === 'save-end') inSave = false;
        if (shouldKill(line, acked.length)) {
          killed = true;
          killedDuringSave = inSave;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself: ${stderr.slice(0, 500)}`));
      else resolve({ acked, killedDuringSave: killed ? killedDuringSave : inSave });
    });
  });
}

/** One vault, killed `rounds` times; returns how many kills landed during a save. */
async function killRepeatedly(
  name: string,
  rounds: number,
  lane: number,
): Promise<{ acked: number; duringSave: number }> {
  const { vault, path } = await newVault(name);
  // Padding makes each save take long enough for kills to land inside it.
  await vault.bulk((db) =>
    db.run('INSERT INTO meta (key, value) VALUES (?, ?)', [
      'padding',
      randomBytes(1_500_000).toString('base64'),
    ]),
  );
  await vault.close();

  const everAcked = new Set<number>();
  let duringSave = 0;
  for (let round = 0; round < rounds; round++) {
    // Three kinds of death in turn: killed as a save starts, killed after a random number of
    // changes, or dying by itself at a random write, fsync, rename or link.
    const kind = (round + lane) % 3;
    const target = 1 + Math.floor(Math.random() * 40);
    const result = await runWriter(
      path,
      round * 10_000,
      (line, acks) =>
        kind === 0 ? line === 'save-begin' : kind === 1 && line.startsWith('ack ') && acks >= target,
      kind === 2 ? 0.03 : 0,
    );
    result.acked.forEach((n) => everAcked.add(n));
    if (result.killedDuringSave) duringSave++;

    // Opens for writing (taking over the dead writer's lock) and finds every acknowledged change.
    const check = await Vault.open(path, PASSPHRASE);
    const present = new Set(
      check
        .query<{ source_key: string }>('SELECT source_key FROM person')
        .map((r) => Number(r.source_key.slice(4))),
    );
    await check.close();
    const missing = [...everAcked].filter((n) => !present.has(n));
    expect({ name, round, missing }).toEqual({ name, round, missing: [] });
  }
  return { acked: everAcked.size, duringSave };
}

describe('crash safety', () => {
  it(`keeps every acknowledged change across ${ROUNDS} kills at random moments`, async () => {
    // Two vaults side by side, so both cores work.
    const lanes = await Promise.all(
      [0, 1].map((lane) => killRepeatedly(`crash-${lane}.muster`, ROUNDS / 2, lane)),
    );
    expect(lanes.reduce((n, l) => n + l.acked, 0)).toBeGreaterThan(ROUNDS);
    expect(lanes.reduce((n, l) => n + l.duringSave, 0)).toBeGreaterThan(0);
  }, 120_000);
});
