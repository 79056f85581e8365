// What a partner profile lets out, shown before anything leaves: its purpose, its recipient, and the
// exact fields the file will hold.
import type { PartnerProfile } from '../../../shared/exports';
import { profileFieldLabel } from './fieldLabels';

export function ProfileDetails({ profile }: { profile: PartnerProfile }): React.JSX.Element {
  return (
    <div className="profile-details" aria-label={`What the profile ${profile.name} lets out`} role="group">
      <dl className="profile-facts">
        <div>
          <dt>Purpose</dt>
          <dd>{profile.purpose}</dd>
        </div>
        <div>
          <dt>Recipient</dt>
          <dd>{profile.recipient}</dd>
        </div>
        <div>
          <dt>Identities</dt>
          <dd>
            {profile.pseudonymous ? (
              <span className="badge">Pseudonymous: no names, only references</span>
            ) : (
              <span className="badge badge-warning">Named: people can be identified</span>
            )}
          </dd>
        </div>
      </dl>
      <p className="field-label">Fields that will leave ({profile.fields.length})</p>
      <ul className="profile-fields" aria-label="Fields that will leave">
        {profile.fields.map((f) => (
          <li key={f}>{profileFieldLabel(f)}</li>
        ))}
      </ul>
    </div>
  );
}
