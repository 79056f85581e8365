// The head of a file as the officer confirms it: format, encoding, sheets, headers, the suggested
// (or saved) mapping, and a few rows normalised exactly as the import will normalise them.
import type { ImportMapping, ImportPreview, FileOptions } from '../../../../shared/imports';
import { readHostCountry } from '../../settings/hostCountry';
import type { Vault } from '../../vault/vault';
import { suggestColumns } from '../columns';
import { headerFingerprint } from '../fingerprint';
import { mappingFromSuggestions } from '../mapping';
import { openTable } from './openTable';
import { PLAN_SAMPLE_ROWS, checkMapping } from './runImport';
import { planRows } from './rowPlan';
import type { TableRow } from './table';
import { findTemplate } from './templates';

const PREVIEW_ROWS = 20;

export async function previewImport(
  vault: Vault,
  request: FileOptions & { mapping?: ImportMapping; source?: string },
): Promise<ImportPreview> {
  const table = await openTable(request);
  const suggestions = suggestColumns(table.headers);
  const template = request.mapping
    ? null
    : findTemplate(vault, headerFingerprint(table.headers), request.source);
  const chosen = checkMapping(request.mapping ?? template?.mapping ?? mappingFromSuggestions(suggestions));
  // Numbers written without a country code belong to the host country unless the mapping says otherwise.
  const hostCountry = chosen.country ? null : readHostCountry(vault);
  const mapping = hostCountry ? { ...chosen, country: hostCountry } : chosen;

  const sample: TableRow[] = [];
  for await (const row of table.rows()) {
    sample.push(row);
    if (sample.length >= PLAN_SAMPLE_ROWS) break;
  }
  const plan = planRows(table.headers, mapping, sample);
  return {
    fileName: table.fileName,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    sheet: table.sheet,
    headers: table.headers,
    suggestions: suggestions.map((s) => ({ header: s.header, field: s.field, confidence: s.confidence })),
    template: template?.name ?? null,
    mapping,
    inferredDateOrder: plan.inferredDateOrder,
    rows: sample.slice(0, PREVIEW_ROWS).map((r) => {
      const n = plan.normalise(r);
      return {
        row: n.row,
        cells: n.cells,
        ...(n.rejectReason ? { rejectReason: n.rejectReason } : {}),
      };
    }),
    totalRows: table.totalRows,
  };
}
