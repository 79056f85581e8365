// Types of the import workflow: preview a file, confirm the column mapping, run, account for every row.
import { z } from 'zod';
import { PersonFieldSchema } from './person';

export const DateOrder = z.enum(['DMY', 'MDY', 'YMD']);

/** The mapping an import runs with; the CLI reads the same shape from a JSON file. */
export const ImportMapping = z
  .object({
    columns: z.record(z.string().max(500), PersonFieldSchema.nullable()),
    dateOrder: DateOrder.optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .optional(),
  })
  .strict();
export type ImportMapping = z.infer<typeof ImportMapping>;

export const FileOptions = z
  .object({
    path: z.string().min(1).max(4096),
    /** XLSX: which sheet; the first visible one by default. */
    sheet: z.string().max(200).optional(),
    /** Overrides the detected text encoding (iconv-lite name, e.g. "windows-1252"). */
    encoding: z.string().max(40).optional(),
  })
  .strict();
export type FileOptions = z.infer<typeof FileOptions>;

export const ColumnSuggestion = z.object({
  header: z.string(),
  field: PersonFieldSchema.nullable(),
  confidence: z.number(),
});

export const NormalisedCell = z.object({
  field: PersonFieldSchema,
  original: z.string(),
  value: z.string().nullable(),
  /** Why the value was rejected or changed; never quotes the value. */
  issue: z.string().optional(),
});

export const PreviewRow = z.object({
  row: z.number().int(),
  cells: z.array(NormalisedCell),
  /** Set when this row would be rejected as a whole. */
  rejectReason: z.string().optional(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportPreview = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'json']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })).nullable(),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  suggestions: z.array(ColumnSuggestion),
  /** The saved template whose header set matches this file, applied to `mapping`. */
  template: z.string().nullable(),
  mapping: ImportMapping,
  inferredDateOrder: DateOrder.nullable(),
  rows: z.array(PreviewRow),
  /** Rows in the file, when known without reading it all. */
  totalRows: z.number().int().nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportCounts = z.object({
  read: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  geocoded: z.number().int(),
  unplaced: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportBatch = z.object({
  id: z.number().int(),
  source: z.string(),
  fileName: z.string(),
  at: z.string(),
  operator: z.string(),
  counts: ImportCounts,
  undoneAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

export const ImportReject = z.object({ row: z.number().int(), reason: z.string() });
export type ImportReject = z.infer<typeof ImportReject>;

export const MappingTemplate = z.object({
  name: z.string(),
  source: z.string(),
  headerFingerprint: z.string(),
  mapping: ImportMapping,
  updatedAt: z.string(),
});
export type MappingTemplate = z.infer<typeof MappingTemplate>;
