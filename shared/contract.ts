// The one IPC contract. Every method the renderer may call is declared here with the
// zod schema of its parameters and of its result, and the side that answers it:
// - 'engine': the data engine (worker in the app, in-process in the CLI and the test bridge);
// - 'shell': the Electron main process (native dialogs, app facts).
// Main validates every incoming request against `params` before anything runs.
import { z } from 'zod';
import {
  AreaBufferParams,
  AreaImportParams,
  AreaImportResult,
  AreaMeta,
  AreaUpdateParams,
  AssemblyCreateParams,
  AssemblyPoint,
  AssignParams,
  AssignResult,
  CrisisArea,
  DrawnShape,
  InsideParams,
  InsideResult,
  MapPointsQuery,
  MapPointsResult,
  NearQuery,
  NearResult,
  PeopleAtParams,
  PeopleAtResult,
} from './areas';
import {
  AuditEntry,
  JobProgress,
  NewPassphrase,
  OperatorName,
  Passphrase,
  SessionState,
  VaultPath,
  VaultSummary,
} from './domain';
import {
  AddressBookAddParams,
  AddressBookEntry,
  AggregateParams,
  ContactsParams,
  ExportResult,
  ManifestParams,
  PartnerProfile,
  ProfileFieldChoices,
  ProfileSaveParams,
  RosterParams,
  RosterResult,
  StatusDashboard,
  StatusHistoryEntry,
  StatusSetParams,
  StatusSetResult,
} from './exports';
import {
  FileOptions,
  ImportBatch,
  ImportCounts,
  ImportMapping,
  ImportPreview,
  ImportReject,
  MappingTemplate,
} from './imports';
import {
  EditablePersonFields,
  PeopleFacets,
  PeoplePage,
  PeopleQuery,
  PersonDetail,
  PersonRow,
  PlaceTownRequest,
  UnplacedTown,
} from './people';
import { CountryCode, VaultSettings } from './settings';
import {
  BandCounts,
  ClusterListPage,
  ClusterListQuery,
  ClusterView,
  MatchDecision,
  MatchRunSummary,
  MatchSettings,
  MatchStatus,
  MatchThresholds,
  PairDetail,
  PairRef,
  ReviewPage,
  ReviewQuery,
  SurvivorshipPolicy,
} from './match';

const Empty = z.object({}).strict();

// `S` keeps the side as a literal type, so EngineMethod/ShellMethod below can tell methods apart.
function method<S extends 'engine' | 'shell', P extends z.ZodType, R extends z.ZodType>(
  side: S,
  params: P,
  result: R,
) {
  return { side, params, result };
}

export const contract = {
  // --- vault lifecycle -------------------------------------------------------------
  'vault.create': method(
    'engine',
    z.object({ path: VaultPath, passphrase: NewPassphrase, operator: OperatorName }).strict(),
    VaultSummary,
  ),
  'vault.unlock': method(
    'engine',
    z.object({ path: VaultPath, passphrase: Passphrase, operator: OperatorName }).strict(),
    VaultSummary,
  ),
  'vault.lock': method('engine', Empty, z.null()),
  'vault.info': method('engine', Empty, VaultSummary),
  'vault.save': method('engine', Empty, VaultSummary),
  'vault.changePassphrase': method(
    'engine',
    z.object({ current: Passphrase, next: NewPassphrase }).strict(),
    VaultSummary,
  ),

  // --- session ------------------------------------------------------------------------
  'session.state': method('engine', Empty, SessionState),
  /** The officer is active: postpones the idle lock. */
  'session.touch': method('engine', Empty, z.null()),
  'session.setIdleLock': method(
    'engine',
    z
      .object({
        minutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60),
      })
      .strict(),
    SessionState,
  ),

  // --- audit --------------------------------------------------------------------------
  'audit.list': method(
    'engine',
    z
      .object({
        limit: z.number().int().min(1).max(1000).default(200),
        beforeId: z.number().int().optional(),
      })
      .strict(),
    z.array(AuditEntry),
  ),

  // --- import -------------------------------------------------------------------------
  /** Reads the head of a file: format, encoding, headers, suggested mapping, normalised sample rows. */
  'import.preview': method(
    'engine',
    FileOptions.extend({
      mapping: ImportMapping.optional(),
      source: z.string().max(200).optional(),
    }).strict(),
    ImportPreview,
  ),
  /** Imports a whole file (a long job: progress, cancel). Cancel leaves the vault as it was. */
  'import.run': method(
    'engine',
    FileOptions.extend({
      source: z.string().trim().min(1, 'Name the source (e.g. "Ministry registrations").').max(200),
      mapping: ImportMapping,
      /** Save the mapping as a template under this name, reused when the same headers come back. */
      saveTemplate: z.string().trim().min(1).max(200).optional(),
    }).strict(),
    z.object({ batchId: z.number().int(), counts: ImportCounts }),
  ),
  'import.batches': method('engine', Empty, z.array(ImportBatch)),
  'import.rejects': method(
    'engine',
    z
      .object({ batchId: z.number().int(), limit: z.number().int().min(1).max(100_000).default(1000) })
      .strict(),
    z.array(ImportReject),
  ),
  /** Writes the rejected rows (row number and reason only: no cell contents) as CSV. */
  'import.exportRejects': method(
    'engine',
    z.object({ batchId: z.number().int(), path: z.string().min(1).max(4096) }).strict(),
    z.object({ path: z.string(), rows: z.number().int() }),
  ),
  'import.undo': method('engine', z.object({ batchId: z.number().int() }).strict(), ImportBatch),
  'import.templates': method('engine', Empty, z.array(MappingTemplate)),

  // --- people -------------------------------------------------------------------------
  'people.search': method('engine', PeopleQuery, PeoplePage),
  'people.get': method('engine', z.object({ id: z.number().int() }).strict(), PersonDetail),
  'people.update': method(
    'engine',
    z.object({ id: z.number().int(), changes: EditablePersonFields }).strict(),
    PersonDetail,
  ),
  'people.facets': method('engine', Empty, PeopleFacets),
  /** People without coordinates, to be placed by hand; oldest record first. */
  'people.unplaced': method(
    'engine',
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({ total: z.number().int(), rows: z.array(PersonRow) }),
  ),
  /** Places a person by hand: the point replaces any geocoded one and is marked as placed by hand. */
  // Unplaced people grouped by town (spellings together), and one point for a whole town.
  'people.unplacedTowns': method(
    'engine',
    z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    z.array(UnplacedTown),
  ),
  'people.placeTown': method('engine', PlaceTownRequest, z.object({ placed: z.number().int() })),
  'people.place': method(
    'engine',
    z
      .object({
        id: z.number().int(),
        lat: z.number().finite().min(-90).max(90),
        lon: z.number().finite().min(-180).max(180),
      })
      .strict(),
    PersonDetail,
  ),

  // --- vault settings ---------------------------------------------------------------------
  'settings.get': method('engine', Empty, VaultSettings),
  /** The country the unit works in: the default phone country of imports without one. */
  'settings.setHostCountry': method('engine', z.object({ country: CountryCode }).strict(), VaultSettings),

  // --- matching (duplicate finding) -------------------------------------------------------
  /**
   * Finds duplicates (a long job: phases loading, blocking, estimating, scoring, clustering, saving).
   * 'auto' matches only records imported since the last run when there was one, else all of them.
   */
  'match.run': method(
    'engine',
    z.object({ mode: z.enum(['auto', 'full', 'incremental']).default('auto') }).strict(),
    MatchRunSummary,
  ),
  /** Last run, settings, records waiting for a run, decision counts. */
  'match.summary': method('engine', Empty, MatchStatus),
  /** Live pairs per band for proposed thresholds (nothing is changed). */
  'match.bands': method('engine', z.object({ thresholds: MatchThresholds }).strict(), BandCounts),
  /** Saves the thresholds and re-clusters from the stored scores (no rescoring). */
  'match.setThresholds': method('engine', z.object({ thresholds: MatchThresholds }).strict(), MatchStatus),
  'match.settings': method('engine', Empty, MatchSettings),
  'match.setSurvivorship': method('engine', z.object({ policy: SurvivorshipPolicy }).strict(), MatchSettings),
  /** Pairs for the officer to judge, each with its field-by-field explanation. */
  'match.reviewQueue': method('engine', ReviewQuery, ReviewPage),
  /** Two records side by side with the explanation of their score (any two records). */
  'match.pair': method('engine', PairRef, PairDetail),
  /** Stores a decision on a pair and re-clusters the persons it touches; returns the updated pair. */
  'match.decide': method(
    'engine',
    z.object({ leftId: z.number().int(), rightId: z.number().int(), decision: MatchDecision }).strict(),
    PairDetail,
  ),
  /** Forgets the decision on a pair (the score decides again) and re-clusters the persons it touches. */
  'match.undoDecision': method('engine', PairRef, PairDetail),
  /** The person a record belongs to (any of its record ids, or its person id). */
  'match.cluster': method('engine', z.object({ id: z.number().int() }).strict(), ClusterView),
  /** Persons with several records, largest first. */
  'match.clusters': method('engine', ClusterListQuery, ClusterListPage),
  /**
   * Takes records out of their person into a person of their own; stored as 'not_match' decisions
   * against the records left behind, so later runs keep them apart. Returns both resulting persons.
   */
  'match.unmerge': method(
    'engine',
    z.object({ recordIds: z.array(z.number().int()).min(1).max(10_000) }).strict(),
    z.array(ClusterView),
  ),
  /** Writes one CSV row per record (source, source_key, person_id): which person each source row is. */
  'match.exportClusters': method(
    'engine',
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    z.object({ path: z.string(), rows: z.number().int() }),
  ),

  // --- crisis areas, assembly points, map ---------------------------------------------------
  'area.list': method('engine', Empty, z.array(CrisisArea)),
  'area.get': method('engine', z.object({ id: z.number().int() }).strict(), CrisisArea),
  /** Reads GeoJSON, KML/KMZ or a zipped Shapefile, repairs it and stores it (a job: progress, cancel). */
  'area.import': method('engine', AreaImportParams, AreaImportResult),
  /** Stores a polygon, rectangle or circle drawn on the map. */
  'area.create': method('engine', AreaMeta.extend({ shape: DrawnShape }).strict(), CrisisArea),
  /** Renames, changes severity/time/source, or replaces the geometry (an edit on the map). */
  'area.update': method('engine', AreaUpdateParams, CrisisArea),
  'area.buffer': method('engine', AreaBufferParams, CrisisArea),
  'area.delete': method('engine', z.object({ id: z.number().int() }).strict(), z.null()),
  /** Who is inside an area: count, breakdowns and a page of person ids (and rows). */
  'area.inside': method('engine', InsideParams, InsideResult),
  /** Who is within N km of a point or an area, nearest first. */
  'area.near': method('engine', NearQuery, NearResult),
  'assembly.list': method('engine', Empty, z.array(AssemblyPoint)),
  'assembly.create': method('engine', AssemblyCreateParams, AssemblyPoint),
  'assembly.delete': method('engine', z.object({ id: z.number().int() }).strict(), z.null()),
  /** Each placed person (or each inside an area) to the nearest assembly point, with the distance. */
  'assembly.assign': method('engine', AssignParams, AssignResult),
  /** Clusters and single points for the visible part of the map, grid-clustered in the engine. */
  'map.points': method('engine', MapPointsQuery, MapPointsResult),
  /** The people of a cluster's cell (or any bbox). */
  'map.peopleAt': method('engine', PeopleAtParams, PeopleAtResult),

  // --- crisis status -------------------------------------------------------------------------
  /** Sets the status of everyone in an area or a list (optionally only those now in given statuses). */
  'status.set': method('engine', StatusSetParams, StatusSetResult),
  /** Counts by status: overall, per crisis area, and among the vulnerable. */
  'status.dashboard': method('engine', Empty, StatusDashboard),
  'status.history': method(
    'engine',
    z.object({ personId: z.number().int() }).strict(),
    z.array(StatusHistoryEntry),
  ),
  /** The people boarding from an area or an assembly point, by household, with the boarded count. */
  'status.roster': method('engine', RosterParams, RosterResult),

  // --- exports and the address book of partners' keys ----------------------------------------
  /** Evacuation manifest grouped by household (csv, xlsx; pdf later), sealed or explicitly plain. */
  'export.manifest': method('engine', ManifestParams, ExportResult),
  /** Contact list (SMS CSV, RapidPro, e-mail, vCard): only usable contacts; says who was left out. */
  'export.contacts': method('engine', ContactsParams, ExportResult),
  /** Counts by area × nationality × sex × age band, small cells suppressed, with an HXL row. */
  'export.aggregate': method('engine', AggregateParams, ExportResult),
  /** The built-in profiles, then those the crisis cell defined in this vault. */
  'export.profiles': method('engine', Empty, z.array(PartnerProfile)),
  'profile.fields': method('engine', Empty, ProfileFieldChoices),
  /** Creates or replaces a profile of the crisis cell's own; built-in names are refused. */
  'profile.save': method('engine', ProfileSaveParams, PartnerProfile),
  'profile.delete': method('engine', z.object({ name: z.string().min(1).max(100) }).strict(), z.null()),
  'addressBook.list': method('engine', Empty, z.array(AddressBookEntry)),
  'addressBook.add': method('engine', AddressBookAddParams, AddressBookEntry),
  'addressBook.remove': method('engine', z.object({ name: z.string().min(1).max(200) }).strict(), z.null()),

  // --- jobs ---------------------------------------------------------------------------
  'job.cancel': method('engine', z.object({ requestId: z.string().min(1).max(100) }).strict(), z.boolean()),

  // --- shell --------------------------------------------------------------------------
  'shell.appInfo': method(
    'shell',
    Empty,
    z.object({ version: z.string(), platform: z.string(), recentVaults: z.array(z.string()) }),
  ),
  /** Native "save as" dialog for a new vault; null when the officer cancels. */
  'shell.chooseNewVaultPath': method('shell', Empty, z.string().nullable()),
  /** Native "open" dialog for an existing vault; null when the officer cancels. */
  'shell.chooseExistingVaultPath': method('shell', Empty, z.string().nullable()),
  /** Native "open" dialog for a registration file or roster (CSV, TSV, XLSX, JSON). */
  'shell.chooseImportFile': method('shell', Empty, z.string().nullable()),
  /** Native "open" dialog for a crisis area file (GeoJSON, KML, KMZ, zipped Shapefile). */
  'shell.chooseAreaFile': method('shell', Empty, z.string().nullable()),
  /** Native "save as" dialog for the rejected-rows CSV. */
  'shell.chooseRejectsPath': method(
    'shell',
    z.object({ suggestedName: z.string().max(200) }).strict(),
    z.string().nullable(),
  ),
  /** Native "save as" dialog for an export; the extension follows the format (".age" is the engine's). */
  'shell.chooseExportPath': method(
    'shell',
    z
      .object({
        suggestedName: z.string().max(200),
        extension: z.enum(['csv', 'xlsx', 'pdf', 'vcf']),
      })
      .strict(),
    z.string().nullable(),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type EngineMethod = {
  [M in MethodName]: Contract[M]['side'] extends 'engine' ? M : never;
}[MethodName];
export type ShellMethod = Exclude<MethodName, EngineMethod>;

/** What a caller passes (defaults may be omitted). */
export type MethodParams<M extends MethodName> = z.input<Contract[M]['params']>;
/** What a handler receives, after validation filled in defaults. */
export type ParsedParams<M extends MethodName> = z.output<Contract[M]['params']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['result']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const ENGINE_METHODS = METHOD_NAMES.filter((m) => contract[m].side === 'engine') as EngineMethod[];
export const SHELL_METHODS = METHOD_NAMES.filter((m) => contract[m].side === 'shell') as ShellMethod[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

// --- events pushed from the engine to the window ----------------------------------------
export const events = {
  'job.progress': JobProgress,
  /** 'engine-stopped': the data engine ended unexpectedly, so nothing stays unlocked in it. */
  'vault.locked': z.object({ reason: z.enum(['user', 'idle', 'engine-stopped']) }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
