// Partner profiles: for each recipient, the purpose of the export and the only fields that may leave.
// Minimisation is the default: each kind's default profile carries what its usual recipient needs
// and nothing more, and a column not on a profile's list is never written.
import type { PartnerProfile } from '../../../shared/exports';

export const PROFILES: readonly PartnerProfile[] = [
  {
    name: 'carrier-manifest',
    kind: 'manifest',
    purpose: 'Boarding and border control of an evacuation',
    recipient: 'Carrier and border control',
    fields: [
      'group',
      'surname',
      'given_names',
      'date_of_birth',
      'sex',
      'nationality',
      'passport_no',
      'passport_expiry',
      'phone',
      'dependants',
      'special_needs',
      'checked_in',
    ],
    pseudonymous: false,
    isDefault: true,
    builtIn: true,
  },
  {
    name: 'civil-protection',
    kind: 'manifest',
    purpose: 'Planning transport and assistance without identifying anyone',
    recipient: 'Host-country civil protection',
    fields: ['group', 'ref', 'age_band', 'sex', 'household_size', 'special_needs', 'status'],
    pseudonymous: true,
    isDefault: false,
    builtIn: true,
  },
  {
    name: 'sms-gateway',
    kind: 'contacts',
    purpose: 'Sending an SMS alert; replies are traced back through the reference',
    recipient: 'Bulk SMS gateway',
    fields: ['ref', 'phone', 'language', 'channel'],
    pseudonymous: true,
    isDefault: true,
    builtIn: true,
  },
  {
    name: 'named-contacts',
    kind: 'contacts',
    purpose: 'Personal messages from the crisis cell (names in the greeting)',
    recipient: 'Crisis cell messaging tools',
    fields: ['ref', 'name', 'surname', 'given_names', 'phone', 'language', 'channel', 'email'],
    pseudonymous: false,
    isDefault: false,
    builtIn: true,
  },
  {
    name: 'iom-aggregated',
    kind: 'aggregate',
    purpose: 'Situation figures without any individual record',
    recipient: 'IOM and humanitarian partners',
    fields: ['area', 'nationality', 'sex', 'age_band', 'people'],
    pseudonymous: true,
    isDefault: true,
    builtIn: true,
  },
];

/** The columns of `all` this profile lets out, in their order. */
export function allowedColumns<C extends { field: string }>(profile: PartnerProfile, all: readonly C[]): C[] {
  const allowed = new Set(profile.fields);
  return all.filter((c) => allowed.has(c.field));
}
