// Types of the People workspace: searching, filtering, reading and editing person records.
import { z } from 'zod';

export const AgeBand = z.enum(['0-17', '18-59', '60+', 'unknown']);

export const PeopleFilters = z
  .object({
    source: z.string().max(200).optional(),
    city: z.string().max(200).optional(),
    nationality: z.string().max(2).optional(),
    sex: z.enum(['F', 'M', 'X']).optional(),
    ageBand: AgeBand.optional(),
    specialNeeds: z.boolean().optional(),
    hasCoordinates: z.boolean().optional(),
  })
  .strict();
export type PeopleFilters = z.infer<typeof PeopleFilters>;

export const PeopleQuery = z
  .object({
    /** Name (any transliteration), passport, phone or e-mail. */
    query: z.string().max(200).optional(),
    filters: PeopleFilters.default({}),
    sort: z.enum(['surname', 'given_names', 'date_of_birth', 'city', 'updated_at']).default('surname'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

/** What a search finds, without sort or page: the people a bulk action on the search applies to. */
export const PeopleSearch = PeopleQuery.pick({ query: true, filters: true }).strict();
export type PeopleSearch = z.infer<typeof PeopleSearch>;

export const PersonRow = z.object({
  id: z.number().int(),
  given_names: z.string().nullable(),
  surname: z.string().nullable(),
  date_of_birth: z.string().nullable(),
  sex: z.string().nullable(),
  nationality: z.string().nullable(),
  passport_no: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  city: z.string().nullable(),
  special_needs: z.string().nullable(),
  household_key: z.string().nullable(),
  source: z.string().nullable(),
  has_coordinates: z.boolean(),
});
export type PersonRow = z.infer<typeof PersonRow>;

export const PeoplePage = z.object({ total: z.number().int(), rows: z.array(PersonRow), tookMs: z.number() });
export type PeoplePage = z.infer<typeof PeoplePage>;

export const Provenance = z.object({
  source: z.string(),
  batchId: z.number().int().nullable(),
  fileName: z.string().nullable(),
  row: z.number().int().nullable(),
  sourceKey: z.string().nullable(),
  /** The cells as they were in the file, by field. */
  original: z.record(z.string(), z.string()),
});

export const ChangeEntry = z.object({
  at: z.string(),
  operator: z.string(),
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  batchId: z.number().int().nullable(),
});

export const PersonDetail = z.object({
  person: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  provenance: z.array(Provenance),
  history: z.array(ChangeEntry),
  household: z.array(PersonRow),
  geocode: z.object({ place: z.string(), confidence: z.number() }).nullable(),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const PeopleFacets = z.object({
  sources: z.array(z.string()),
  cities: z.array(z.string()),
  nationalities: z.array(z.string()),
});
export type PeopleFacets = z.infer<typeof PeopleFacets>;

/** Fields an officer may edit by hand (provenance and keys are not). */
export const EditablePersonFields = z
  .object({
    given_names: z.string().max(300),
    surname: z.string().max(300),
    date_of_birth: z.string().max(10),
    sex: z.enum(['F', 'M', 'X']),
    nationality: z.string().max(2),
    passport_no: z.string().max(30),
    passport_expiry: z.string().max(10),
    phone: z.string().max(30),
    phone_alt: z.string().max(30),
    email: z.string().max(300),
    address: z.string().max(500),
    city: z.string().max(200),
    admin1: z.string().max(200),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    special_needs: z.string().max(500),
    relationship: z.string().max(100),
  })
  .partial()
  .strict();

/** Unplaced people who share a town, however its name was spelt: placed together in one step. */
export const UnplacedTown = z.object({
  /** Country (ISO alpha-2, or '' when the records name none) and the spelling-proof key of the town. */
  country: z.string(),
  key: z.string(),
  /** The spellings met, most frequent first, each with its number of unplaced people. */
  spellings: z.array(z.object({ city: z.string(), count: z.number().int() })),
  count: z.number().int(),
});
export type UnplacedTown = z.infer<typeof UnplacedTown>;

export const PlaceTownRequest = z
  .object({
    country: z.string().max(2),
    key: z.string().min(1).max(200),
    lat: z.number().finite().min(-90).max(90),
    lon: z.number().finite().min(-180).max(180),
  })
  .strict();
export type PlaceTownRequest = z.infer<typeof PlaceTownRequest>;
