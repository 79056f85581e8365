// Types of what leaves the machine (manifests, contact lists, aggregated figures), how it is sealed,
// the partners' keys it is sealed to, and where each person stands during a crisis.
import { z } from 'zod';
import { PeopleSearch } from './people';

// --- status ------------------------------------------------------------------------------------

export const PERSON_STATUSES = [
  'unknown',
  'contacted',
  'safe',
  'needs_assistance',
  'evacuated',
  'missing',
] as const;
export const PersonStatus = z.enum(PERSON_STATUSES);
export type PersonStatus = z.infer<typeof PersonStatus>;

/**
 * Who an action applies to: the people inside a crisis area, people named by number, or everyone a
 * People search finds (its query and filters, all pages).
 */
export const Selection = z.union([
  z.object({ areaId: z.number().int() }).strict(),
  z.object({ personIds: z.array(z.number().int()).min(1).max(1_000_000) }).strict(),
  z.object({ search: PeopleSearch }).strict(),
]);
export type Selection = z.infer<typeof Selection>;

export const StatusSetParams = z
  .object({
    selection: Selection,
    status: PersonStatus,
    /** Only people whose current status is one of these (e.g. turn every "unknown" into "contacted"). */
    onlyFrom: z.array(PersonStatus).min(1).optional(),
  })
  .strict();

export const StatusSetResult = z.object({
  selected: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});
export type StatusSetResult = z.infer<typeof StatusSetResult>;

const Count = z.number().int();
export const StatusCountsByStatus = z.object({
  unknown: Count,
  contacted: Count,
  safe: Count,
  needs_assistance: Count,
  evacuated: Count,
  missing: Count,
});
export type StatusCountsByStatus = z.infer<typeof StatusCountsByStatus>;

export const StatusDashboard = z.object({
  total: StatusCountsByStatus,
  /** One entry per crisis area: people inside it, by status (placed people only). */
  areas: z.array(z.object({ areaId: z.number().int(), name: z.string(), counts: StatusCountsByStatus })),
  /** Who needs help to leave first, by status (everyone, placed or not). */
  vulnerable: z.object({
    specialNeeds: StatusCountsByStatus,
    children: StatusCountsByStatus,
    elderly: StatusCountsByStatus,
  }),
});
export type StatusDashboard = z.infer<typeof StatusDashboard>;

export const StatusHistoryEntry = z.object({
  before: PersonStatus,
  after: PersonStatus,
  at: z.string(),
  operator: z.string(),
});

// --- check-in roster ----------------------------------------------------------------------------

/** Who boards together: the people of a crisis area, or those an assembly point gathers (nearest). */
export const RosterSelection = z.union([
  z.object({ areaId: z.number().int() }).strict(),
  z
    .object({
      assemblyPointId: z.number().int(),
      /** Only the people of this area among those the point gathers. */
      areaId: z.number().int().optional(),
    })
    .strict(),
]);
export type RosterSelection = z.infer<typeof RosterSelection>;

export const RosterParams = z
  .object({
    selection: RosterSelection,
    /** A name in any spelling or script, or a passport number. */
    query: z.string().max(200).optional(),
    /** Hide the people already boarded. */
    notBoardedOnly: z.boolean().default(false),
    /** Households, not people: a household is never split across pages. */
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type RosterParams = z.input<typeof RosterParams>;

export const RosterPerson = z.object({
  id: z.number().int(),
  surname: z.string().nullable(),
  given_names: z.string().nullable(),
  full_name: z.string().nullable(),
  date_of_birth: z.string().nullable(),
  sex: z.string().nullable(),
  passport_no: z.string().nullable(),
  special_needs: z.string().nullable(),
  status: PersonStatus,
});
export type RosterPerson = z.infer<typeof RosterPerson>;

export const RosterResult = z.object({
  /** Everyone on the roster, whatever the search. */
  total: z.number().int(),
  /** Of them, marked evacuated. */
  boarded: z.number().int(),
  /** People matching the search and filter, and the households they make. */
  matching: z.number().int(),
  households: z.number().int(),
  /** A page of households, each in boarding order (adults first). */
  groups: z.array(z.object({ group: z.number().int(), members: z.array(RosterPerson) })),
});
export type RosterResult = z.infer<typeof RosterResult>;

// --- address book ------------------------------------------------------------------------------

export const AddressBookEntry = z.object({
  name: z.string(),
  publicKey: z.string(),
  note: z.string().nullable(),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type AddressBookEntry = z.infer<typeof AddressBookEntry>;

export const AddressBookAddParams = z
  .object({
    name: z.string().trim().min(1, 'Name the recipient (e.g. "IOM Beirut").').max(200),
    publicKey: z.string().trim().min(1).max(2000),
    note: z.string().trim().max(500).optional(),
  })
  .strict();

// --- exports -----------------------------------------------------------------------------------

/**
 * How a file is sealed before it is written. A plain file is a deliberate choice (`confirmed: true`)
 * and is audited as such. Recipients are age public keys or names from the address book.
 */
export const Seal = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('plain'), confirmed: z.literal(true) }).strict(),
  z.object({ mode: z.literal('passphrase'), passphrase: z.string().min(8).max(1000) }).strict(),
  z
    .object({
      mode: z.literal('recipients'),
      recipients: z.array(z.string().min(1).max(2000)).min(1).max(50),
    })
    .strict(),
]);
export type Seal = z.infer<typeof Seal>;
export type SealMode = Seal['mode'];

export const TableFormat = z.enum(['csv', 'xlsx', 'pdf']);
export type TableFormat = z.infer<typeof TableFormat>;

export const ContactLayout = z.enum(['sms', 'rapidpro', 'email', 'vcard']);
export type ContactLayout = z.infer<typeof ContactLayout>;

const OutPath = z.string().min(1).max(4096);

export const ManifestParams = z
  .object({
    selection: Selection,
    format: TableFormat,
    path: OutPath,
    profile: z.string().max(100).optional(),
    seal: Seal,
  })
  .strict();
export type ManifestParams = z.infer<typeof ManifestParams>;

export const ContactsParams = z
  .object({
    selection: Selection,
    layout: ContactLayout,
    path: OutPath,
    profile: z.string().max(100).optional(),
    seal: Seal,
  })
  .strict();
export type ContactsParams = z.infer<typeof ContactsParams>;

export const AggregateParams = z
  .object({
    /** Every crisis area when absent. */
    areaIds: z.array(z.number().int()).min(1).max(1000).optional(),
    format: TableFormat,
    path: OutPath,
    /** Minimum cell size: smaller counts are suppressed. */
    k: z.number().int().min(2).max(100).default(5),
    profile: z.string().max(100).optional(),
    seal: Seal,
  })
  .strict();
export type AggregateParams = z.input<typeof AggregateParams>;

export const LeftOut = z.object({ reason: z.string(), count: z.number().int() });
export type LeftOut = z.infer<typeof LeftOut>;

export const ExportResult = z.object({
  /** Where the file was written (".age" is appended to a sealed file's name when missing). */
  path: z.string(),
  profile: z.string(),
  people: z.number().int(),
  rows: z.number().int(),
  /** People selected but not in the file, and why (no usable phone, ...). */
  leftOut: z.array(LeftOut),
  /** Aggregates only: cells suppressed (below k, and their complements). */
  suppressed: z.number().int(),
  sealed: z.enum(['plain', 'passphrase', 'recipients']),
  /** SHA-256 of the file as written: what the audit trail keeps to identify it. */
  sha256: z.string(),
  bytes: z.number().int(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ExportKind = z.enum(['manifest', 'contacts', 'aggregate']);
export type ExportKind = z.infer<typeof ExportKind>;

export const PartnerProfile = z.object({
  name: z.string(),
  kind: ExportKind,
  purpose: z.string(),
  recipient: z.string(),
  /** The only fields that may leave in this profile. */
  fields: z.array(z.string()),
  /** Names replaced by a reference only the vault can link back to a person. */
  pseudonymous: z.boolean(),
  /** The profile used for its kind when none is named. */
  isDefault: z.boolean(),
  /** Shipped with Muster (fixed) rather than defined by the crisis cell in this vault. */
  builtIn: z.boolean(),
});
export type PartnerProfile = z.infer<typeof PartnerProfile>;

/** A profile the crisis cell defines; saving one of the same name replaces it. */
export const ProfileSaveParams = z
  .object({
    name: z.string().trim().min(1, 'Name the profile (e.g. "Civil protection Tripoli").').max(100),
    kind: ExportKind,
    purpose: z.string().trim().min(1, 'Say what the partner needs the file for.').max(500),
    recipient: z.string().trim().min(1, 'Name who receives the file.').max(200),
    fields: z.array(z.string().min(1).max(50)).min(1, 'Choose at least one field.').max(50),
    pseudonymous: z.boolean(),
  })
  .strict();
export type ProfileSaveParams = z.infer<typeof ProfileSaveParams>;

/** The fields each kind of export can write: what a profile may choose from. */
export const ProfileFieldChoices = z.object({
  manifest: z.array(z.string()),
  contacts: z.array(z.string()),
  aggregate: z.array(z.string()),
});
export type ProfileFieldChoices = z.infer<typeof ProfileFieldChoices>;
