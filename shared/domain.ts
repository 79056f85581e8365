// Domain types shared by the engine, the shell and the renderer.
// Schemas live here once; TypeScript types are inferred from them so the runtime
// checks in main and the compile-time types can never drift apart.
import { z } from 'zod';
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from './limits';

export { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH };

export const OperatorName = z
  .string()
  .trim()
  .min(1, 'Enter your name: every action in the vault is recorded under it.')
  .max(120, 'Operator name is too long (120 characters at most).');

export const Passphrase = z
  .string()
  .min(1, 'Enter the passphrase.')
  .max(PASSPHRASE_MAX_LENGTH, `Passphrase is too long (${PASSPHRASE_MAX_LENGTH} characters at most).`);

export const NewPassphrase = Passphrase.refine((p) => p.length >= PASSPHRASE_MIN_LENGTH, {
  message: `Choose a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters.`,
});

export const VaultPath = z.string().min(1, 'Choose where the vault file is.').max(4096);

export const KdfParams = z.object({
  name: z.literal('argon2id'),
  /** Memory in KiB. */
  memoryKiB: z
    .number()
    .int()
    .min(8)
    .max(4 * 1024 * 1024),
  iterations: z.number().int().min(1).max(64),
  parallelism: z.number().int().min(1).max(16),
});
export type KdfParams = z.infer<typeof KdfParams>;

export const VaultCounts = z.object({
  people: z.number().int(),
  auditEntries: z.number().int(),
});
export type VaultCounts = z.infer<typeof VaultCounts>;

export const VaultSummary = z.object({
  path: z.string(),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  kdf: KdfParams,
  generation: z.number().int(),
  savedAt: z.string(),
  /** Changes made since the last full snapshot, held in the encrypted journal. */
  journalRecords: z.number().int(),
  counts: VaultCounts,
  operator: z.string().optional(),
  /** Set when the journal ended in a torn record that was ignored (a crash mid-write). */
  recoveredTornJournal: z.boolean().optional(),
});
export type VaultSummary = z.infer<typeof VaultSummary>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  operator: z.string(),
  action: z.string(),
  object: z.string().nullable(),
  counts: z.record(z.string(), z.number()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const SessionState = z.object({
  state: z.enum(['locked', 'unlocked']),
  path: z.string().optional(),
  operator: z.string().optional(),
  idleLockMinutes: z.number(),
});
export type SessionState = z.infer<typeof SessionState>;

export const JobProgress = z.object({
  requestId: z.string(),
  method: z.string(),
  phase: z.string(),
  done: z.number(),
  total: z.number(),
  /** Units per second over the job so far. */
  rate: z.number(),
  /** Seconds left at the current rate; null when unknown. */
  etaSeconds: z.number().nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;
