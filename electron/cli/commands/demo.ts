// The demo vault lets a newcomer see Muster with data in it, without touching real records.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { seedSyntheticPeople } from '../../engine/synthetic/seed';
import { Vault } from '../../engine/vault/vault';
import { recordAudit } from '../../engine/audit/audit';
import { COMMON_OPTIONS, parse } from '../args';
import { resolveOperator, type CliIO } from '../context';
import { UsageError } from '../usage';

/** Published on purpose: the demo vault holds only synthetic people. */
export const DEMO_PASSPHRASE = 'muster demo passphrase';
export const DEMO_VAULT_PATH = 'demo/demo.muster';

export async function demo(argv: string[], io: CliIO): Promise<void> {
  const { values } = parse(argv, {
    ...COMMON_OPTIONS,
    out: { type: 'string' },
    people: { type: 'string' },
    'if-missing': { type: 'boolean' },
  });
  const path = resolve(values.out ?? DEMO_VAULT_PATH);
  const people = values.people === undefined ? 2000 : Number(values.people);
  if (!Number.isInteger(people) || people < 0 || people > 2_000_000) {
    throw new UsageError('--people must be a whole number between 0 and 2000000.');
  }
  if (existsSync(path) && values['if-missing']) {
    io.stdout(`Demo vault ready: ${path} (passphrase: "${DEMO_PASSPHRASE}")\n`);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  const vault = await Vault.create(path, DEMO_PASSPHRASE);
  try {
    const operator = resolveOperator(values.operator, io.env);
    const inserted = await seedSyntheticPeople(vault, { count: people, seed: 1 });
    await recordAudit(vault, {
      operator,
      action: 'demo.seed',
      object: 'synthetic people',
      counts: { people: inserted },
    });
    await vault.save();
  } finally {
    await vault.close();
  }
  io.stdout(
    `Demo vault created: ${path} with ${people} synthetic people (passphrase: "${DEMO_PASSPHRASE}")\n`,
  );
}
