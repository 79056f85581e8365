import type { VaultSummary } from '../../../shared/domain';
import type { CliIO } from '../context';
import { withReadOnlyVault } from './readonly';

export function printSummary(summary: VaultSummary, json: boolean, io: CliIO): void {
  if (json) {
    io.stdout(JSON.stringify(summary) + '\n');
    return;
  }
  const kdf = summary.kdf;
  io.stdout(
    [
      `Vault:            ${summary.path}`,
      `Format version:   ${summary.formatVersion}`,
      `Schema version:   ${summary.schemaVersion}`,
      `Key derivation:   ${kdf.name}, ${kdf.memoryKiB / 1024} MiB, ${kdf.iterations} passes, ${kdf.parallelism} lane(s)`,
      `Generation:       ${summary.generation} (saved ${summary.savedAt})`,
      `Journal:          ${summary.journalRecords} change(s) since the last snapshot`,
      `People:           ${summary.counts.people}`,
      `Audit entries:    ${summary.counts.auditEntries}`,
    ].join('\n') + '\n',
  );
}

export async function info(argv: string[], io: CliIO): Promise<void> {
  await withReadOnlyVault(argv, io, {}, (vault, values) =>
    printSummary(vault.info(), values.json === true, io),
  );
}
