// `muster dedupe <vault> [--full] [--json]`: finds duplicates (incremental when a run exists, unless
// --full) and prints pairs compared, links, clusters and the review count.
import { COMMON_OPTIONS, parse, positional } from '../args';
import { resolveOperator, withEngine, type CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';

export async function dedupe(argv: string[], io: CliIO): Promise<void> {
  const { values, positionals } = parse(argv, { ...COMMON_OPTIONS, full: { type: 'boolean' } });
  const vaultPath = positional(positionals, 0, 'vault');
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const operator = resolveOperator(values.operator, io.env);
  const summary = await withEngine(async (call) => {
    await call('vault.unlock', { path: vaultPath, passphrase, operator });
    return call('match.run', { mode: values.full === true ? 'full' : 'auto' });
  });
  if (values.json === true) {
    io.stdout(JSON.stringify(summary) + '\n');
    return;
  }
  io.stdout(
    [
      `mode            ${summary.mode} (${summary.newRecords} new of ${summary.records} records)`,
      `pairs compared  ${summary.pairsCompared}`,
      ...summary.pairsByRule.map(
        (r) =>
          `  ${r.rule.padEnd(42)} ${r.pairs}${r.skippedPairs > 0 ? ` (${r.skippedPairs} skipped in ${r.oversizeBlocks} oversize blocks)` : ''}`,
      ),
      `links           ${summary.links}${summary.linksRefused > 0 ? ` (${summary.linksRefused} refused by the chaining guard)` : ''}`,
      `clusters        ${summary.clusters} (${summary.mergedClusters} with several records)`,
      `review          ${summary.review}`,
      `took            ${(summary.durationMs / 1000).toFixed(1)} s`,
    ].join('\n') + '\n',
  );
}
