import { useId } from 'react';
import type { PartnerProfile } from '../../../shared/exports';
import { ProfileDetails } from './ProfileDetails';

interface ProfilePickerProps {
  profiles: PartnerProfile[];
  chosen: PartnerProfile | null;
  onChoose(name: string): void;
}

/** The partner the file is for: the profile decides which fields may leave. */
export function ProfilePicker({ profiles, chosen, onChoose }: ProfilePickerProps): React.JSX.Element {
  const ids = useId();
  return (
    <div className="field profile-picker">
      <label htmlFor={`${ids}-profile`}>Partner profile</label>
      <select
        id={`${ids}-profile`}
        className="select"
        value={chosen?.name ?? ''}
        onChange={(e) => onChoose(e.target.value)}
      >
        {profiles.map((p) => (
          <option key={p.name} value={p.name}>
            {p.recipient} ({p.name})
          </option>
        ))}
      </select>
      {chosen ? <ProfileDetails profile={chosen} /> : null}
    </div>
  );
}
