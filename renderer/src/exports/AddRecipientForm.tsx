// A partner's age public key added by name; a malformed key is refused by the engine with a sentence
// that says what is wrong with it.
import { useId, useRef, useState } from 'react';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { TextField } from './formParts';
import { useEngineAction } from './useEngineAction';

export function AddRecipientForm({ onAdded }: { onAdded(name: string): void }): React.JSX.Element {
  const ids = useId();
  const nameField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, run } = useEngineAction();

  async function add(): Promise<void> {
    await run('The key was not added.', async () => {
      const entry = await call('addressBook.add', {
        name,
        publicKey,
        ...(note.trim() ? { note } : {}),
      });
      setName('');
      setPublicKey('');
      setNote('');
      onAdded(entry.name);
      // Ready for the next partner's key.
      nameField.current?.focus();
    });
  }

  return (
    <form
      className="form form-compact recipient-form"
      aria-label="Add a recipient"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h2 className="subsection-title">Add a recipient</h2>
      <div className="form-row">
        <TextField
          id={`${ids}-name`}
          label="Name"
          value={name}
          placeholder="IOM Beirut"
          inputRef={nameField}
          onChange={setName}
        />
        <div className="field field-wide">
          <label htmlFor={`${ids}-key`}>Public key</label>
          <input
            id={`${ids}-key`}
            type="text"
            className="mono"
            value={publicKey}
            placeholder="age1…"
            spellCheck={false}
            required
            aria-describedby={`${ids}-key-hint`}
            onChange={(e) => setPublicKey(e.target.value)}
          />
          <span className="field-hint" id={`${ids}-key-hint`}>
            The partner’s age public key, starting with “age1”. Never their private key.
          </span>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-note`}>Note (optional)</label>
        <input id={`${ids}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <ErrorAlert message={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add recipient'}
        </button>
      </div>
    </form>
  );
}
