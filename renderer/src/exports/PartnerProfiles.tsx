// The partner profiles by kind of export: the built-in ones, fixed, and the crisis cell's own, which
// can be deleted after a confirmation; and the form that creates one.
import { useState } from 'react';
import type { ExportKind, PartnerProfile, ProfileFieldChoices } from '../../../shared/exports';
import { call } from '../api';
import { ConfirmDialog } from '../import/ConfirmDialog';
import { KIND_LABELS } from './exportChoices';
import { profileFieldLabel } from './fieldLabels';
import { ProfileForm } from './ProfileForm';
import { RowActionButton } from './formParts';
import { ActionAlerts, useEngineAction } from './useEngineAction';

const KINDS: ExportKind[] = ['manifest', 'contacts', 'aggregate'];

interface PartnerProfilesProps {
  profiles: PartnerProfile[] | null;
  choices: ProfileFieldChoices | null;
  loadError: string | null;
  onChanged(): void;
}

export function PartnerProfiles({
  profiles,
  choices,
  loadError,
  onChanged,
}: PartnerProfilesProps): React.JSX.Element {
  const [deleting, setDeleting] = useState<PartnerProfile | null>(null);
  const action = useEngineAction();

  async function remove(profile: PartnerProfile): Promise<void> {
    await action.run('The profile was not deleted.', async () => {
      await call('profile.delete', { name: profile.name });
      onChanged();
      return `The profile ${profile.name} was deleted.`;
    });
    setDeleting(null);
  }

  return (
    <div className="partner-profiles">
      <ActionAlerts loadError={loadError} action={action} />
      {profiles === null
        ? null
        : KINDS.map((kind) => (
            <section key={kind} aria-labelledby={`profiles-${kind}`}>
              <h2 className="subsection-title" id={`profiles-${kind}`}>
                {KIND_LABELS[kind].label}
              </h2>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Recipient and purpose</th>
                      <th scope="col">Fields that will leave</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {profiles
                      .filter((p) => p.kind === kind)
                      .map((p) => (
                        <tr key={p.name}>
                          <td dir="auto">
                            {p.name} {p.builtIn ? <span className="badge">Built-in</span> : null}
                          </td>
                          <td dir="auto">
                            {p.recipient}: {p.purpose}{' '}
                            {p.pseudonymous ? (
                              <span className="badge">Pseudonymous</span>
                            ) : (
                              <span className="badge badge-warning">Named</span>
                            )}
                          </td>
                          <td>{p.fields.map(profileFieldLabel).join(', ')}</td>
                          <td className="cell-nowrap">
                            {p.builtIn ? null : (
                              <RowActionButton
                                action="Delete"
                                of={p.name}
                                onClick={() => {
                                  action.announce(null);
                                  setDeleting(p);
                                }}
                              />
                            )}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
      {choices ? (
        <ProfileForm
          choices={choices}
          onSaved={(name) => {
            action.announce(`The profile ${name} was saved.`);
            onChanged();
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          confirmLabel="Delete profile"
          danger
          busy={action.busy}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>Exports can no longer be cut to this profile. Files already sent are not affected.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
