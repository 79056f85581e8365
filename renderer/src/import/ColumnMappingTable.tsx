import type { ImportPreview } from '../../../shared/imports';
import { fieldLabel, isPersonField, PERSON_FIELDS, type PersonField } from '../people/fieldLabels';
import { headerUsing, type Columns } from './mappingRules';

interface ColumnMappingTableProps {
  headers: readonly string[];
  columns: Columns;
  suggestions: ImportPreview['suggestions'];
  /** The mapping the file arrived with (suggested, or from a template). */
  initialColumns: Columns;
  template: string | null;
  onChange(header: string, field: PersonField | null): void;
}

// Below this the engine's guess is worth a second look (see the engine's column matcher).
const REVIEW_BELOW = 0.7;

function Confidence({
  header,
  field,
  suggestion,
  fromTemplate,
}: {
  header: string;
  field: PersonField | null;
  suggestion: ImportPreview['suggestions'][number] | undefined;
  fromTemplate: boolean;
}): React.JSX.Element {
  if (fromTemplate) return <span className="confidence confidence-template">From template</span>;
  if (suggestion && suggestion.field === field && field !== null) {
    const percent = Math.round(suggestion.confidence * 100);
    const low = suggestion.confidence < REVIEW_BELOW;
    return (
      <span
        className={low ? 'confidence confidence-low' : 'confidence'}
        title={low ? `Check the column “${header}”: Muster is not sure of this match.` : undefined}
      >
        {percent}% {low ? '· check' : 'match'}
      </span>
    );
  }
  if (field === null) return <span className="confidence confidence-none">Ignored</span>;
  return <span className="confidence confidence-user">Your choice</span>;
}

/** One row per header of the file: which person field it fills, and how sure Muster was. */
export function ColumnMappingTable({
  headers,
  columns,
  suggestions,
  initialColumns,
  template,
  onChange,
}: ColumnMappingTableProps): React.JSX.Element {
  return (
    <div className="table-wrap">
      <table className="table mapping-table">
        <caption className="visually-hidden">Columns of the file and the person field each one fills</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Person field</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header, index) => {
            const field = columns[header] ?? null;
            const selectId = `mapping-column-${index}`;
            const fromTemplate = template !== null && field !== null && initialColumns[header] === field;
            return (
              <tr key={header}>
                <th scope="row" dir="auto" className="mapping-header">
                  <label htmlFor={selectId}>{header}</label>
                </th>
                <td>
                  <select
                    id={selectId}
                    className="select"
                    value={field ?? ''}
                    onChange={(e) => {
                      const next = e.target.value;
                      onChange(header, isPersonField(next) ? next : null);
                    }}
                  >
                    <option value="">Ignore this column</option>
                    {PERSON_FIELDS.map((option) => {
                      const takenBy = headerUsing(columns, option, header);
                      return (
                        <option key={option} value={option} disabled={takenBy !== null}>
                          {takenBy === null
                            ? fieldLabel(option)
                            : `${fieldLabel(option)} (from “${takenBy}”)`}
                        </option>
                      );
                    })}
                  </select>
                </td>
                <td>
                  <Confidence
                    header={header}
                    field={field}
                    suggestion={suggestions.find((s) => s.header === header)}
                    fromTemplate={fromTemplate}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
