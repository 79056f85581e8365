// How the file is sealed: a passphrase typed twice, partners' keys from the address book, or (only
// after saying so in as many words) a plain file.
import { useId } from 'react';
import type { AddressBookEntry } from '../../../shared/exports';
import { PassphraseField } from '../passphrase/PassphraseField';
import { emptyDraft, type SealDraft } from './sealDraft';

interface SealChooserProps {
  draft: SealDraft;
  onChange(draft: SealDraft): void;
  recipients: AddressBookEntry[];
  /** The file holds records of people (not only counts): the plain warning says so. */
  personal: boolean;
  /** The problem to show under the choice (after an attempt, or a mismatch as it happens). */
  problem: string | null;
}

const MODES: { mode: SealDraft['mode']; label: string }[] = [
  { mode: 'passphrase', label: 'Passphrase' },
  { mode: 'recipients', label: 'Partners’ keys (address book)' },
  { mode: 'plain', label: 'Plain file, not encrypted' },
];

export function SealChooser({
  draft,
  onChange,
  recipients,
  personal,
  problem,
}: SealChooserProps): React.JSX.Element {
  const ids = useId();
  return (
    <fieldset className="fieldset seal-chooser">
      <legend className="field-label">Seal the file</legend>
      <div className="radio-row" role="radiogroup" aria-label="How to seal the file">
        {MODES.map((m) => (
          <label key={m.mode} className="checkbox">
            <input
              type="radio"
              name={`${ids}-mode`}
              checked={draft.mode === m.mode}
              onChange={() => onChange(emptyDraft(m.mode))}
            />
            {m.label}
          </label>
        ))}
      </div>
      {draft.mode === 'passphrase' ? (
        <div className="form-row">
          <PassphraseField
            id={`${ids}-passphrase`}
            label="Export passphrase"
            value={draft.passphrase}
            autoComplete="new-password"
            onChange={(e) => onChange({ ...draft, passphrase: e.target.value })}
          />
          <PassphraseField
            id={`${ids}-confirm`}
            label="Type it again"
            value={draft.confirm}
            autoComplete="new-password"
            aria-invalid={problem !== null && draft.confirm !== draft.passphrase}
            onChange={(e) => onChange({ ...draft, confirm: e.target.value })}
          />
        </div>
      ) : null}
      {draft.mode === 'passphrase' ? (
        <p className="field-hint">
          Give the passphrase to the recipient another way (by phone, not in the same e-mail). The file opens
          with age.
        </p>
      ) : null}
      {draft.mode === 'recipients' ? (
        recipients.length === 0 ? (
          <p className="muted">No partner keys yet: add them in the Address book tab.</p>
        ) : (
          <ul className="recipient-choices" aria-label="Recipients">
            {recipients.map((r) => (
              <li key={r.name}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={draft.names.includes(r.name)}
                    onChange={(e) =>
                      onChange({
                        ...draft,
                        names: e.target.checked
                          ? [...draft.names, r.name]
                          : draft.names.filter((n) => n !== r.name),
                      })
                    }
                  />
                  <span dir="auto">{r.name}</span>
                  {r.note ? (
                    <span className="muted" dir="auto">
                      — {r.note}
                    </span>
                  ) : null}
                </label>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {draft.mode === 'plain' ? (
        <div className="plain-warning">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.confirmed}
              onChange={(e) => onChange({ ...draft, confirmed: e.target.checked })}
            />
            {personal
              ? 'I understand that personal data will leave this computer unencrypted: anyone who gets the file can read it.'
              : 'I understand that the file will leave this computer unencrypted: anyone who gets it can read it.'}
          </label>
        </div>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
