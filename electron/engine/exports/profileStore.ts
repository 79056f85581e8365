// Partner profiles the crisis cell defines in its vault, beside the built-in ones: what a new partner
// may receive is decided once, then every export to them is cut to it, from the app or the CLI.
import { MusterError } from '../../../shared/errors';
import type {
  ExportKind,
  PartnerProfile,
  ProfileFieldChoices,
  ProfileSaveParams,
} from '../../../shared/exports';
import { recordAudit } from '../audit/audit';
import type { Vault } from '../vault/vault';
import { AGGREGATE_FIELDS } from './aggregate';
import { CONTACT_FIELDS, ESSENTIAL } from './contacts';
import { MANIFEST_FIELDS } from './manifest';
import { PROFILES } from './profiles';

/** Taken from the columns each export writes, so a profile can never name a field nothing would write. */
export const FIELD_CHOICES: ProfileFieldChoices = {
  manifest: [...MANIFEST_FIELDS],
  contacts: [...CONTACT_FIELDS],
  aggregate: [...AGGREGATE_FIELDS],
};

// A contact list no layout could be made from (neither phone nor e-mail) is refused when it is saved,
// not at every export.
const REACHING = new Set<string>(Object.values(ESSENTIAL));

// A pseudonymous profile promises references instead of names; a name field would break that promise.
const NAME_FIELDS = new Set(['name', 'surname', 'given_names']);

interface Row {
  name: string;
  kind: ExportKind;
  purpose: string;
  recipient: string;
  fields: string;
  pseudonymous: number;
}

const toProfile = (r: Row): PartnerProfile => ({
  name: r.name,
  kind: r.kind,
  purpose: r.purpose,
  recipient: r.recipient,
  fields: JSON.parse(r.fields) as string[],
  pseudonymous: r.pseudonymous === 1,
  isDefault: false,
  builtIn: false,
});

export function listProfiles(vault: Vault): PartnerProfile[] {
  const own = vault.query<Row>('SELECT * FROM partner_profile ORDER BY kind, name COLLATE NOCASE');
  return [...PROFILES, ...own.map(toProfile)];
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function profileFor(vault: Vault, kind: ExportKind, name: string | undefined): PartnerProfile {
  const all = listProfiles(vault);
  if (name === undefined) return all.find((p) => p.kind === kind && p.isDefault)!;
  const profile = all.find((p) => sameName(p.name, name));
  const names = all
    .filter((p) => p.kind === kind)
    .map((p) => p.name)
    .join(', ');
  if (!profile) throw new MusterError('NOT_FOUND', `There is no profile of that name; use one of: ${names}.`);
  if (profile.kind !== kind) {
    throw new MusterError(
      'INVALID_INPUT',
      `That profile is for ${profile.kind} exports; use one of: ${names}.`,
    );
  }
  return profile;
}

function checkFields(profile: ProfileSaveParams): string[] {
  const choices = FIELD_CHOICES[profile.kind];
  const unknown = profile.fields.filter((f) => !choices.includes(f));
  if (unknown.length > 0) {
    throw new MusterError(
      'INVALID_INPUT',
      `A ${profile.kind} export cannot write ${unknown.join(', ')}; choose among: ${choices.join(', ')}.`,
    );
  }
  if (profile.kind === 'contacts' && !profile.fields.some((f) => REACHING.has(f))) {
    throw new MusterError(
      'INVALID_INPUT',
      'A contact list needs the phone or the e-mail address to be of use.',
    );
  }
  if (profile.kind === 'aggregate' && !profile.fields.includes('people')) {
    throw new MusterError('INVALID_INPUT', 'Aggregated figures need the number of people to be of use.');
  }
  if (profile.pseudonymous && profile.fields.some((f) => NAME_FIELDS.has(f))) {
    throw new MusterError(
      'INVALID_INPUT',
      'A pseudonymous profile cannot let names out; untick them or the box.',
    );
  }
  // Kept in the order the file writes them, whatever order they were ticked in.
  return choices.filter((f) => profile.fields.includes(f));
}

export async function saveProfile(
  vault: Vault,
  actor: { operator: string; now: () => Date },
  profile: ProfileSaveParams,
): Promise<PartnerProfile> {
  if (PROFILES.some((p) => sameName(p.name, profile.name))) {
    throw new MusterError('INVALID_INPUT', `${profile.name} is a built-in profile; choose another name.`);
  }
  const fields = checkFields(profile);
  const at = actor.now();
  await vault.mutate([
    { sql: 'DELETE FROM partner_profile WHERE name = ?', params: [profile.name] },
    {
      sql: `INSERT INTO partner_profile (name, kind, purpose, recipient, fields, pseudonymous, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      params: [
        profile.name,
        profile.kind,
        profile.purpose,
        profile.recipient,
        JSON.stringify(fields),
        profile.pseudonymous ? 1 : 0,
        at.toISOString(),
        actor.operator,
      ],
    },
  ]);
  await recordAudit(vault, {
    operator: actor.operator,
    action: 'profile.save',
    object: `profile ${profile.name}, ${profile.kind}`,
    at,
  });
  return profileFor(vault, profile.kind, profile.name);
}

export async function deleteProfile(
  vault: Vault,
  actor: { operator: string; now: () => Date },
  name: string,
): Promise<void> {
  if (PROFILES.some((p) => sameName(p.name, name))) {
    throw new MusterError('INVALID_INPUT', `${name} is a built-in profile and cannot be deleted.`);
  }
  const [row] = vault.query<Row>('SELECT * FROM partner_profile WHERE name = ?', [name]);
  if (!row) throw new MusterError('NOT_FOUND', 'There is no profile of that name.');
  const at = actor.now();
  await vault.mutate([{ sql: 'DELETE FROM partner_profile WHERE name = ?', params: [row.name] }]);
  await recordAudit(vault, {
    operator: actor.operator,
    action: 'profile.delete',
    object: `profile ${row.name}, ${row.kind}`,
    at,
  });
}
