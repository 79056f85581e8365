import { useId, useState } from 'react';
import type { ImportMapping, ImportPreview } from '../../../shared/imports';
import type { PersonField } from '../../../shared/person';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { fieldLabel } from '../people/fieldLabels';
import { ColumnMappingTable } from './ColumnMappingTable';
import {
  assignColumn,
  buildMapping,
  completeColumns,
  countryProblem,
  mappedFieldCount,
  type Columns,
} from './mappingRules';
import { PreviewTable } from './PreviewTable';
import { useHostCountry } from './useHostCountry';
import { useMappingPreview } from './useMappingPreview';

export interface RunRequest {
  mapping: ImportMapping;
  /** Save the mapping under this name for files with the same headers. */
  saveTemplate?: string;
}

interface MappingStepProps {
  file: { path: string; source: string };
  initial: ImportPreview;
  /** What the officer had chosen before a failed run, to pick up where they were. */
  restore?: RunRequest | null;
  onBack(): void;
  onRun(request: RunRequest): void;
}

type DateOrder = NonNullable<ImportMapping['dateOrder']>;
const DATE_ORDERS: { value: DateOrder; label: string }[] = [
  { value: 'DMY', label: 'Day, month, year (31/12/1980)' },
  { value: 'MDY', label: 'Month, day, year (12/31/1980)' },
  { value: 'YMD', label: 'Year, month, day (1980-12-31)' },
];

/** Step 2: check what each column becomes, see the rows as they would be stored, then run. */
export function MappingStep({ file, initial, restore, onBack, onRun }: MappingStepProps): React.JSX.Element {
  const ids = useId();
  const initialColumns = completeColumns(initial.headers, initial.mapping.columns);
  const start = restore?.mapping ?? initial.mapping;
  const [columns, setColumns] = useState<Columns>(() => completeColumns(initial.headers, start.columns));
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(
    start.dateOrder ?? initial.inferredDateOrder ?? undefined,
  );
  const [country, setCountry] = useState(start.country ?? '');
  const [countryTouched, setCountryTouched] = useState(false);
  const [rememberCountry, setRememberCountry] = useState(false);
  const [rememberError, setRememberError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const hostCountry = useHostCountry();

  // The engine fills the host country into a preview's mapping; this covers a preview that came
  // without it. A mapping brought back from a failed run keeps what the officer had chosen.
  if (hostCountry && country === '' && !countryTouched && !restore && start.country === undefined) {
    setCountry(hostCountry);
    setCountryTouched(true);
  }
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [saveTemplate, setSaveTemplate] = useState(restore?.saveTemplate !== undefined);
  const [templateName, setTemplateName] = useState(restore?.saveTemplate ?? initial.template ?? file.source);

  const countryError = countryProblem(country);
  const mapping = countryError === null ? buildMapping(columns, dateOrder, country) : null;
  const { preview, busy, error: previewError } = useMappingPreview(file, initial, mapping);
  const mapped = mappedFieldCount(columns);
  const templateNameMissing = saveTemplate && templateName.trim() === '';

  function change(header: string, field: PersonField | null): void {
    const result = assignColumn(columns, header, field);
    if (!result.ok) {
      setMappingError(
        `${fieldLabel(field ?? '')} already comes from the column “${result.takenBy}”. Set that column to another field or to Ignore first.`,
      );
      return;
    }
    setMappingError(null);
    setColumns(result.columns);
  }

  const chosenCountry = mapping?.country ?? null;
  const canRemember = chosenCountry !== null && hostCountry !== undefined && chosenCountry !== hostCountry;

  async function run(): Promise<void> {
    if (mapping === null || mapped === 0 || templateNameMissing || running) return;
    if (canRemember && rememberCountry && chosenCountry !== null) {
      setRunning(true);
      setRememberError(null);
      try {
        await call('settings.setHostCountry', { country: chosenCountry });
      } catch (err) {
        setRememberError(
          `The host country was not saved, so the import has not started. ${describeError(err)}`,
        );
        setRunning(false);
        return;
      }
    }
    onRun({ mapping, ...(saveTemplate ? { saveTemplate: templateName.trim() } : {}) });
  }

  return (
    <div className="wizard-step">
      <p className="import-file-line">
        <span className="path-name">{initial.fileName}</span>
        <span className="muted">
          {' '}
          · {initial.format.toUpperCase()}
          {initial.encoding ? ` · ${initial.encoding}` : ''}
          {initial.totalRows !== null ? ` · ${initial.totalRows.toLocaleString()} rows` : ''}
          {initial.sheet ? ` · sheet “${initial.sheet}”` : ''}
        </span>
      </p>
      {initial.template !== null ? (
        <div className="alert alert-info" role="status">
          Mapping from template “{initial.template}”. Check it still fits this file.
        </div>
      ) : null}

      <fieldset className="mapping-options">
        <legend className="visually-hidden">Values across the file</legend>
        <div className="field">
          <label htmlFor={`${ids}-date-order`}>Date order</label>
          <select
            id={`${ids}-date-order`}
            className="select"
            value={dateOrder ?? ''}
            aria-describedby={`${ids}-date-hint`}
            onChange={(e) => {
              const value = e.target.value;
              setDateOrder(DATE_ORDERS.find((o) => o.value === value)?.value);
            }}
          >
            {dateOrder === undefined ? <option value="">Let Muster decide per column</option> : null}
            {DATE_ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <span className="field-hint" id={`${ids}-date-hint`}>
            {initial.inferredDateOrder
              ? `Inferred from the file: ${initial.inferredDateOrder}.`
              : 'The file’s dates do not tell their order; choose it if you know it.'}
          </span>
        </div>
        <div className="field field-narrow">
          <label htmlFor={`${ids}-country`}>Default phone country</label>
          <input
            id={`${ids}-country`}
            type="text"
            value={country}
            maxLength={2}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={countryError !== null}
            aria-describedby={`${ids}-country-hint`}
            onChange={(e) => {
              setCountryTouched(true);
              setCountry(e.target.value.toUpperCase());
            }}
          />
          <span className={countryError ? 'field-error' : 'field-hint'} id={`${ids}-country-hint`}>
            {countryError ??
              (chosenCountry !== null && chosenCountry === hostCountry
                ? 'This vault’s host country. Used for numbers written without +country code.'
                : 'Two letters, e.g. LB. Used for numbers written without +country code.')}
          </span>
          {canRemember ? (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={rememberCountry}
                onChange={(e) => setRememberCountry(e.target.checked)}
              />
              Remember as this vault’s host country
            </label>
          ) : null}
        </div>
      </fieldset>

      <h3 className="wizard-subheading">Columns</h3>
      <ErrorAlert message={mappingError} />
      <ColumnMappingTable
        headers={initial.headers}
        columns={columns}
        suggestions={initial.suggestions}
        initialColumns={initialColumns}
        template={initial.template}
        onChange={change}
      />

      <h3 className="wizard-subheading">Preview</h3>
      <ErrorAlert message={previewError} />
      <PreviewTable preview={preview} busy={busy} />

      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={saveTemplate} onChange={(e) => setSaveTemplate(e.target.checked)} />
          Save this mapping as a template for files with the same columns
        </label>
        {saveTemplate ? (
          <div className="field field-inline">
            <label htmlFor={`${ids}-template`}>Template name</label>
            <input
              id={`${ids}-template`}
              type="text"
              value={templateName}
              maxLength={200}
              aria-invalid={templateNameMissing}
              onChange={(e) => setTemplateName(e.target.value)}
            />
          </div>
        ) : null}
      </div>

      <ErrorAlert message={rememberError} />
      <div className="button-row">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void run()}
          disabled={mapping === null || mapped === 0 || templateNameMissing || running}
        >
          Import{initial.totalRows !== null ? ` ${initial.totalRows.toLocaleString()} rows` : ''}
        </button>
        {mapped === 0 ? <span className="field-hint">Map at least one column to import.</span> : null}
      </div>
    </div>
  );
}
