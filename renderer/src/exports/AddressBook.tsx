// Partners' keys that exports can be sealed to: listed, added, and removed after a confirmation.
import { useState } from 'react';
import type { AddressBookEntry } from '../../../shared/exports';
import { call } from '../api';
import { ConfirmDialog } from '../import/ConfirmDialog';
import { formatWhen } from '../import/format';
import { AddRecipientForm } from './AddRecipientForm';
import { RowActionButton } from './formParts';
import { ActionAlerts, useEngineAction } from './useEngineAction';

interface AddressBookProps {
  entries: AddressBookEntry[] | null;
  loadError: string | null;
  onChanged(): void;
}

function shortKey(key: string): string {
  return key.length > 24 ? `${key.slice(0, 14)}…${key.slice(-8)}` : key;
}

export function AddressBook({ entries, loadError, onChanged }: AddressBookProps): React.JSX.Element {
  const [removing, setRemoving] = useState<AddressBookEntry | null>(null);
  const action = useEngineAction();

  async function remove(entry: AddressBookEntry): Promise<void> {
    await action.run('The recipient was not removed.', async () => {
      await call('addressBook.remove', { name: entry.name });
      onChanged();
      return `${entry.name} was removed from the address book.`;
    });
    setRemoving(null);
  }

  return (
    <div className="address-book">
      <ActionAlerts loadError={loadError} action={action} />
      {entries === null ? null : entries.length === 0 ? (
        <p className="muted">No recipients yet. Add a partner’s key to seal exports to them by name.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Recipients in the address book</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Public key</th>
                <th scope="col">Note</th>
                <th scope="col">Added</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.name}>
                  <td dir="auto">{e.name}</td>
                  <td>
                    <code title={e.publicKey}>{shortKey(e.publicKey)}</code>
                  </td>
                  <td dir="auto">{e.note ?? ''}</td>
                  <td className="cell-nowrap">
                    {formatWhen(e.addedAt)} by <span dir="auto">{e.addedBy}</span>
                  </td>
                  <td className="cell-nowrap">
                    <RowActionButton
                      action="Remove"
                      of={e.name}
                      onClick={() => {
                        action.announce(null);
                        setRemoving(e);
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddRecipientForm
        onAdded={(name) => {
          action.announce(`${name} was added to the address book.`);
          onChanged();
        }}
      />
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove recipient"
          danger
          busy={action.busy}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>
            Exports can no longer be sealed to this key by name. Files already sent stay readable to them.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
