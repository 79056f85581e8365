import type { ImportPreview, PreviewRow } from '../../../shared/imports';
import { fieldLabel } from '../people/fieldLabels';

type Cell = PreviewRow['cells'][number];

function PreviewCell({ cell }: { cell: Cell | undefined }): React.JSX.Element {
  if (!cell) return <td className="preview-cell is-empty" />;
  const changed = cell.value !== null && cell.value !== cell.original;
  const className = ['preview-cell', cell.issue ? 'has-issue' : '', changed ? 'is-changed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td className={className}>
      <span className="preview-value" dir="auto">
        {cell.value ?? <span className="muted">(empty)</span>}
      </span>
      {changed || (cell.value === null && cell.original !== '') ? (
        <span className="preview-original" dir="auto">
          <span className="visually-hidden">In the file: </span>
          {cell.original}
        </span>
      ) : null}
      {cell.issue ? <span className="preview-issue">{cell.issue}</span> : null}
    </td>
  );
}

/** The first rows of the file as Muster would store them: normalised value, the original under it. */
export function PreviewTable({
  preview,
  busy,
}: {
  preview: ImportPreview;
  busy: boolean;
}): React.JSX.Element {
  const fields = [...new Set(preview.rows.flatMap((row) => row.cells.map((cell) => cell.field)))];
  const rejected = preview.rows.filter((row) => row.rejectReason).length;
  return (
    <div className="preview" aria-busy={busy}>
      <p className="section-meta preview-meta" role="status">
        {busy
          ? 'Updating the preview…'
          : `First ${preview.rows.length.toLocaleString()} rows${
              preview.totalRows !== null ? ` of ${preview.totalRows.toLocaleString()}` : ''
            } as they would be stored${
              rejected > 0 ? ` · ${rejected.toLocaleString()} would be rejected` : ''
            }.`}
      </p>
      {fields.length === 0 ? (
        <p className="muted">Map at least one column to see how the rows would be stored.</p>
      ) : (
        <div className="table-wrap preview-wrap">
          <table className="table preview-table">
            <caption className="visually-hidden">Preview of normalised rows</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {fields.map((field) => (
                  <th scope="col" key={field}>
                    {fieldLabel(field)}
                  </th>
                ))}
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.row} className={row.rejectReason ? 'is-rejected' : undefined}>
                  <th scope="row" className="cell-numbers">
                    {row.row}
                  </th>
                  {fields.map((field) => (
                    <PreviewCell key={field} cell={row.cells.find((c) => c.field === field)} />
                  ))}
                  <td className="preview-outcome">
                    {row.rejectReason ? (
                      <span className="badge badge-danger">Rejected: {row.rejectReason}</span>
                    ) : (
                      <span className="badge">Ready</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
