// A partner profile of the crisis cell's own: the fields offered are those the chosen kind of export
// can write, named as the export form names them; the engine has the last word on what is accepted.
import { useId, useRef, useState } from 'react';
import type { ExportKind, ProfileFieldChoices } from '../../../shared/exports';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { KIND_LABELS } from './exportChoices';
import { profileFieldLabel } from './fieldLabels';
import { TextField } from './formParts';
import { useEngineAction } from './useEngineAction';

const KINDS: ExportKind[] = ['manifest', 'contacts', 'aggregate'];

export function ProfileForm({
  choices,
  onSaved,
}: {
  choices: ProfileFieldChoices;
  onSaved(name: string): void;
}): React.JSX.Element {
  const ids = useId();
  const nameField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ExportKind>('manifest');
  const [purpose, setPurpose] = useState('');
  const [recipient, setRecipient] = useState('');
  const [fields, setFields] = useState<string[]>([]);
  const [pseudonymous, setPseudonymous] = useState(false);
  const { busy, error, run } = useEngineAction();

  async function save(): Promise<void> {
    await run('The profile was not saved.', async () => {
      const saved = await call('profile.save', { name, kind, purpose, recipient, fields, pseudonymous });
      setName('');
      setPurpose('');
      setRecipient('');
      setFields([]);
      setPseudonymous(false);
      onSaved(saved.name);
      nameField.current?.focus();
    });
  }

  return (
    <form
      className="form form-compact profile-form"
      aria-label="Create a partner profile"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className="subsection-title">Create a partner profile</h2>
      <div className="form-row">
        <TextField
          id={`${ids}-name`}
          label="Name"
          value={name}
          placeholder="Civil protection Tripoli"
          inputRef={nameField}
          onChange={setName}
        />
        <div className="field">
          <label htmlFor={`${ids}-kind`}>Kind of export</label>
          <select
            id={`${ids}-kind`}
            className="select"
            value={kind}
            onChange={(e) => {
              const next = e.target.value as ExportKind;
              // A field of the other kind would only be refused on saving.
              setFields((chosen) => chosen.filter((f) => choices[next].includes(f)));
              setKind(next);
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k].label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <TextField
          wide
          id={`${ids}-purpose`}
          label="Purpose"
          value={purpose}
          placeholder="Planning transport and assistance"
          onChange={setPurpose}
        />
        <TextField
          wide
          id={`${ids}-recipient`}
          label="Recipient"
          value={recipient}
          placeholder="Host-country civil protection"
          onChange={setRecipient}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">Fields that may leave</legend>
        <ul className="recipient-choices" aria-label="Fields that may leave">
          {choices[kind].map((f) => (
            <li key={f}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={fields.includes(f)}
                  onChange={(e) =>
                    setFields((chosen) => (e.target.checked ? [...chosen, f] : chosen.filter((c) => c !== f)))
                  }
                />
                {profileFieldLabel(f)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={pseudonymous} onChange={(e) => setPseudonymous(e.target.checked)} />
        Pseudonymous: no names, only references
      </label>
      <ErrorAlert message={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
