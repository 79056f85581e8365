// The last steps every export shares: encode, seal, write atomically, fingerprint, audit. The audit
// entry says who (operator), when, which kind and profile, how many people, how it was sealed and the
// SHA-256 of the file as written; never a name or any other personal data. If the audit entry cannot
// be recorded, the file is removed: no export leaves without its trace.
import { createHash } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { MusterError } from '../../../shared/errors';
import type { ExportKind, ExportResult, LeftOut, Seal, TableFormat } from '../../../shared/exports';
import { recordAudit } from '../audit/audit';
import type { Vault } from '../vault/vault';
import { keyOfName } from './addressBook';
import { tableToCsv } from './csvWriter';
import { outputTarget, writeAtomically, type OutputTarget } from './outputFile';
import { manifestToPdf, type ManifestPdfOptions } from './pdfManifest';
import { resolveRecipients, seal, type SealOptions } from './seal';
import type { Table } from './table';
import { tableToXlsx } from './xlsxWriter';

export interface Publisher {
  vault: Vault;
  operator: string;
  now: () => Date;
  /** Lower scrypt cost for tests only. */
  scryptWorkFactor?: number;
}

export interface Prepared {
  target: OutputTarget;
  seal: Seal;
  sealOptions: SealOptions;
}

/**
 * Checks the destination and the keys before any data is read: a typo fails fast and writes nothing.
 * Only a manifest is printed: figures and contact lists go to other software, so PDF is refused there.
 */
export function prepare(
  p: Publisher,
  path: string,
  how: Seal,
  format?: TableFormat,
  kind?: ExportKind,
): Prepared {
  if (format === 'pdf' && kind !== 'manifest') {
    throw new MusterError('INVALID_INPUT', 'PDF is for evacuation manifests only; choose csv or xlsx.');
  }
  const lookupKey = (name: string) => keyOfName(p.vault, name);
  if (how.mode === 'recipients') resolveRecipients(how.recipients, lookupKey);
  const sealed = how.mode !== 'plain' && !/\.age$/i.test(path);
  const target = outputTarget(sealed ? `${path}.age` : path);
  return {
    target,
    seal: how,
    sealOptions: {
      lookupKey,
      ...(p.scryptWorkFactor !== undefined ? { scryptWorkFactor: p.scryptWorkFactor } : {}),
    },
  };
}

/** `print` says what a PDF's pages show beyond the table; without it a table has no PDF form. */
export async function encodeTable(
  table: Table,
  format: TableFormat,
  print?: ManifestPdfOptions,
): Promise<Buffer> {
  if (format === 'pdf') {
    if (!print)
      throw new MusterError('INVALID_INPUT', 'PDF is for evacuation manifests only; choose csv or xlsx.');
    return manifestToPdf(table, print);
  }
  return format === 'xlsx' ? tableToXlsx(table) : tableToCsv(table);
}

export interface Publication {
  kind: ExportKind;
  profile: string;
  format: string;
  people: number;
  rows: number;
  leftOut: LeftOut[];
  suppressed: number;
}

export async function publish(
  p: Publisher,
  prepared: Prepared,
  bytes: Uint8Array,
  what: Publication,
): Promise<ExportResult> {
  const sealed = await seal(bytes, prepared.seal, prepared.sealOptions);
  writeAtomically(prepared.target, sealed);
  const sha256 = createHash('sha256').update(sealed).digest('hex');
  const leftOut = what.leftOut.reduce((n, l) => n + l.count, 0);
  try {
    await recordAudit(p.vault, {
      operator: p.operator,
      action: `export.${what.kind}`,
      object: `profile ${what.profile}, ${what.format}, ${prepared.seal.mode}, sha256 ${sha256}, file ${prepared.target.name}`,
      counts: {
        people: what.people,
        rows: what.rows,
        leftOut,
        suppressed: what.suppressed,
        bytes: sealed.length,
        ...(prepared.seal.mode === 'recipients' ? { recipients: prepared.seal.recipients.length } : {}),
      },
      at: p.now(),
    });
  } catch (e) {
    try {
      unlinkSync(prepared.target.path);
    } catch {
      // Nothing more can be done; the original failure is what the officer must see.
    }
    throw e;
  }
  return {
    path: prepared.target.path,
    profile: what.profile,
    people: what.people,
    rows: what.rows,
    leftOut: what.leftOut,
    suppressed: what.suppressed,
    sealed: prepared.seal.mode,
    sha256,
    bytes: sealed.length,
  };
}
