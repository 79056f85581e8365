import type { AuditEntry } from '../../../shared/domain';
import { listAudit } from '../../engine/audit/audit';
import type { CliIO } from '../context';
import { withReadOnlyVault } from './readonly';

function formatCounts(counts: AuditEntry['counts']): string {
  if (!counts) return '';
  return Object.entries(counts)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

export async function audit(argv: string[], io: CliIO): Promise<void> {
  await withReadOnlyVault(argv, io, { limit: { type: 'string' } }, (vault, values) => {
    const limit = values.limit === undefined ? 1000 : Number(values.limit);
    const entries = listAudit(vault, { limit });
    if (values.json === true) {
      io.stdout(JSON.stringify(entries) + '\n');
      return;
    }
    if (entries.length === 0) {
      io.stdout('No audit entries.\n');
      return;
    }
    for (const e of entries) {
      io.stdout(
        [e.at, e.operator, e.action, e.object ?? '', formatCounts(e.counts)].join('\t').trimEnd() + '\n',
      );
    }
  });
}
