import { useId, useState } from 'react';
import type { PersonDetail } from '../../../shared/people';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import {
  changesOf,
  EDITABLE_FIELDS,
  formValuesOf,
  type EditableField,
  type FormValues,
} from './editableFields';
import { fieldLabel } from './fieldLabels';

interface PersonEditFormProps {
  id: number;
  detail: PersonDetail;
  onSaved(detail: PersonDetail): void;
  onCancel(): void;
}

/** Corrects a person's record by hand; only changed fields are sent, and each change is recorded. */
export function PersonEditForm({ id, detail, onSaved, onCancel }: PersonEditFormProps): React.JSX.Element {
  const ids = useId();
  const [before] = useState(() => formValuesOf(detail.person));
  const [values, setValues] = useState<FormValues>(before);
  const [problems, setProblems] = useState<Partial<Record<EditableField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(): Promise<void> {
    const { changes, problems: found } = changesOf(before, values);
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    setSaving(true);
    try {
      onSaved(await call('people.update', { id, changes }));
    } catch (err) {
      setError(`The changes were not saved. ${describeError(err)}`);
      setSaving(false);
    }
  }

  return (
    <form
      className="person-edit form form-compact"
      aria-label="Edit person"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !saving) {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <ErrorAlert message={error} />
      <div className="edit-grid">
        {EDITABLE_FIELDS.map(({ field, kind, maxLength }) => {
          const inputId = `${ids}-${field}`;
          const problem = problems[field];
          return (
            <div className="field" key={field}>
              <label htmlFor={inputId}>{fieldLabel(field)}</label>
              {kind === 'sex' ? (
                <select
                  id={inputId}
                  className="select"
                  value={values.sex}
                  onChange={(e) => setValues({ ...values, sex: e.target.value })}
                >
                  {values.sex === '' ? <option value="">Not recorded</option> : null}
                  <option value="F">Female (F)</option>
                  <option value="M">Male (M)</option>
                  <option value="X">Other / unspecified (X)</option>
                </select>
              ) : (
                <input
                  id={inputId}
                  type="text"
                  inputMode={kind === 'number' ? 'decimal' : undefined}
                  dir="auto"
                  value={values[field]}
                  maxLength={maxLength}
                  aria-invalid={problem !== undefined}
                  aria-describedby={problem ? `${inputId}-problem` : undefined}
                  onChange={(e) => setValues({ ...values, [field]: e.target.value })}
                />
              )}
              {problem ? (
                <span className="field-error" id={`${inputId}-problem`}>
                  {problem}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
