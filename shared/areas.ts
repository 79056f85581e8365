// Types of crisis areas, assembly points and the map: what is stored, what the officer draws or
// imports, and what "who is inside / near" and the clustered map answer.
// Coordinates are GeoJSON order everywhere: [longitude, latitude] in WGS84 degrees.
import { z } from 'zod';
import { AgeBand, PersonRow } from './people';

export const Severity = z.enum(['evacuate', 'shelter', 'watch']);
export type Severity = z.infer<typeof Severity>;

const Longitude = z.number().finite().min(-180).max(180);
const Latitude = z.number().finite().min(-90).max(90);

/**
 * [lon, lat]; a third value (altitude, as KML carries) is accepted and ignored. Longitudes up to ±540
 * are accepted from drawings that cross the antimeridian on a wrapped map: repair cuts them at ±180.
 */
export const Position = z
  .array(z.number().finite())
  .min(2)
  .refine(
    (p) => Math.abs(p[0]!) <= 540 && Math.abs(p[1]!) <= 90,
    'Coordinates must be [longitude, latitude].',
  );
export type Position = z.infer<typeof Position>;

const Ring = z.array(Position);
export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring) });
export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(Ring)),
});
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

/** [west, south, east, north]. */
export const BBox = z.tuple([Longitude, Latitude, Longitude, Latitude]);
export type BBox = z.infer<typeof BBox>;

export const CrisisArea = z.object({
  id: z.number().int(),
  name: z.string(),
  severity: Severity,
  /** When the hazard applies (ISO 8601), as published or as the officer set it. */
  at: z.string(),
  /** Who published it (e.g. "GDACS", "USGS ShakeMap") or "drawn". */
  source: z.string(),
  origin: z.enum(['file', 'drawn', 'buffer']),
  /** Stored after repair: closed rings, outer rings counter-clockwise, holes clockwise, no crossing. */
  geometry: AreaGeometry,
  bbox: BBox,
  vertexCount: z.number().int(),
  /** What was repaired or ignored on the way in, in plain words (never personal data). */
  repairs: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CrisisArea = z.infer<typeof CrisisArea>;

/** The descriptive fields every new area needs. */
export const AreaMeta = z
  .object({
    name: z.string().trim().min(1, 'Name the area.').max(200),
    severity: Severity.default('watch'),
    /** ISO 8601; defaults to now. */
    at: z.string().max(40).optional(),
    source: z.string().trim().max(200).optional(),
  })
  .strict();

/** A shape drawn (or edited) on the map. Circles and rectangles are stored as polygons. */
export const DrawnShape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('polygon'), rings: z.array(Ring).min(1) }).strict(),
  z
    .object({
      kind: z.literal('rectangle'),
      west: Longitude,
      south: Latitude,
      east: Longitude,
      north: Latitude,
    })
    .strict(),
  z
    .object({
      kind: z.literal('circle'),
      center: Position,
      radiusKm: z.number().positive().max(5000),
    })
    .strict(),
  /** Any Polygon/MultiPolygon, e.g. an edited imported area. */
  z.object({ kind: z.literal('geometry'), geometry: AreaGeometry }).strict(),
]);
export type DrawnShape = z.infer<typeof DrawnShape>;

export const AreaFileFormat = z.enum(['auto', 'geojson', 'kml', 'kmz', 'shapefile']);
export type AreaFileFormat = z.infer<typeof AreaFileFormat>;

export const AreaImportParams = AreaMeta.extend({
  path: z.string().min(1).max(4096),
  format: AreaFileFormat.default('auto'),
  /** 'single': every polygon of the file in one area; 'perFeature': one area per polygon feature. */
  mode: z.enum(['single', 'perFeature']).default('single'),
}).strict();

export const AreaImportResult = z.object({
  areas: z.array(CrisisArea),
  /** Things in the file that were left out (points, lines, network links), in plain words. */
  notes: z.array(z.string()),
});
export type AreaImportResult = z.infer<typeof AreaImportResult>;

export const AreaUpdateParams = z
  .object({
    id: z.number().int(),
    name: z.string().trim().min(1).max(200).optional(),
    severity: Severity.optional(),
    at: z.string().max(40).optional(),
    source: z.string().trim().max(200).optional(),
    shape: DrawnShape.optional(),
  })
  .strict();

export const AreaBufferParams = z
  .object({
    id: z.number().int(),
    /** Outward distance; the buffered area keeps the original's severity. */
    distanceKm: z.number().positive().max(1000),
    /** false: a new area "<name> + N km"; true: the area's own geometry is replaced. */
    replace: z.boolean().default(false),
    name: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const Count = z.object({ key: z.string(), count: z.number().int() });
export type Count = z.infer<typeof Count>;

/** Counts over a set of people; every list is sorted by count, largest first. */
export const Breakdowns = z.object({
  nationality: z.array(Count),
  sex: z.array(Count),
  ageBand: z.array(Count.extend({ key: AgeBand })),
  specialNeeds: z.object({ withNeeds: z.number().int(), without: z.number().int() }),
  households: z.object({
    /** Distinct household keys among the people counted. */
    households: z.number().int(),
    /** People with no household key (counted as one-person households nowhere). */
    withoutHousehold: z.number().int(),
  }),
});
export type Breakdowns = z.infer<typeof Breakdowns>;

const Paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(0).max(10_000).default(100),
  /** Also return the person rows of the page (for lists); ids alone otherwise. */
  includeRows: z.boolean().default(false),
};

export const InsideParams = z.object({ id: z.number().int(), ...Paging }).strict();

export const InsideResult = z.object({
  areaId: z.number().int(),
  total: z.number().int(),
  breakdowns: Breakdowns,
  /** People without coordinates: they cannot be placed inside or outside. */
  unplaced: z.number().int(),
  /** Page of person ids inside, in id order. */
  personIds: z.array(z.number().int()),
  rows: z.array(PersonRow),
  tookMs: z.number(),
});
export type InsideResult = z.infer<typeof InsideResult>;

export const NearTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('point'), lon: Longitude, lat: Latitude }).strict(),
  /** Within N km of the area's boundary or inside it (distance 0). */
  z.object({ kind: z.literal('area'), id: z.number().int() }).strict(),
]);

export const NearQuery = z
  .object({ target: NearTarget, km: z.number().min(0).max(2000), ...Paging })
  .strict();
export type NearQuery = z.infer<typeof NearQuery>;

export const NearResult = z.object({
  total: z.number().int(),
  breakdowns: Breakdowns,
  unplaced: z.number().int(),
  /** Page of people, nearest first. */
  people: z.array(z.object({ id: z.number().int(), distanceKm: z.number() })),
  rows: z.array(PersonRow),
  tookMs: z.number(),
});
export type NearResult = z.infer<typeof NearResult>;

export const AssemblyKind = z.enum(['airport', 'embassy', 'school', 'port', 'other']);

export const AssemblyPoint = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: AssemblyKind,
  lon: Longitude,
  lat: Latitude,
  capacity: z.number().int().nullable(),
});
export type AssemblyPoint = z.infer<typeof AssemblyPoint>;

export const AssemblyCreateParams = z
  .object({
    name: z.string().trim().min(1, 'Name the assembly point.').max(200),
    kind: AssemblyKind.default('other'),
    lon: Longitude,
    lat: Latitude,
    capacity: z.number().int().min(0).nullable().default(null),
  })
  .strict();

export const AssignParams = z
  .object({
    /** Only the people inside this area; everyone placed when absent. */
    areaId: z.number().int().optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(0).max(10_000).default(100),
  })
  .strict();

export const AssignResult = z.object({
  total: z.number().int(),
  unplaced: z.number().int(),
  perPoint: z.array(
    z.object({
      pointId: z.number().int(),
      count: z.number().int(),
      /** Greatest and mean great-circle distance of the people assigned, in km. */
      maxKm: z.number(),
      meanKm: z.number(),
      /** count above capacity, when the point has one. */
      overCapacity: z.number().int(),
    }),
  ),
  /** Page of assignments, in person id order. */
  assignments: z.array(
    z.object({ personId: z.number().int(), pointId: z.number().int(), distanceKm: z.number() }),
  ),
  tookMs: z.number(),
});
export type AssignResult = z.infer<typeof AssignResult>;

/** Which crisis area a person's point falls in, the most severe one winning. */
export const MapStatus = z.enum(['evacuate', 'shelter', 'watch', 'outside']);
export type MapStatus = z.infer<typeof MapStatus>;

export const MapPointsQuery = z
  .object({
    bbox: BBox,
    /** The map's zoom: the engine clusters on a grid of about 64 screen pixels per cell. */
    zoom: z.number().min(0).max(24),
    colourBy: z.enum(['status', 'vulnerability']).default('status'),
  })
  .strict();
export type MapPointsQuery = z.infer<typeof MapPointsQuery>;

const StatusMix = z.object({
  evacuate: z.number().int(),
  shelter: z.number().int(),
  watch: z.number().int(),
  outside: z.number().int(),
});

export const MapCluster = z.object({
  /** Mean position of the people in the cell, so the bubble sits where they are. */
  lon: z.number(),
  lat: z.number(),
  count: z.number().int(),
  /** Share (0–1) with special needs, under 18 or 60 and over. */
  vulnerableShare: z.number(),
  status: StatusMix,
  /** The grid cell: pass it to 'map.peopleAt' to list the people of the cluster. */
  cell: BBox,
});
export type MapCluster = z.infer<typeof MapCluster>;

export const MapPoint = z.object({
  id: z.number().int(),
  lon: z.number(),
  lat: z.number(),
  vulnerable: z.boolean(),
  status: MapStatus,
});
export type MapPoint = z.infer<typeof MapPoint>;

export const MapPointsResult = z.object({
  clusters: z.array(MapCluster),
  /** Cells holding one person come as points. */
  points: z.array(MapPoint),
  /** People in the bbox (clustered or not). */
  inView: z.number().int(),
  /** People without coordinates in the whole vault (listed by 'people.unplaced'). */
  unplaced: z.number().int(),
  cellDegrees: z.number(),
  tookMs: z.number(),
});
export type MapPointsResult = z.infer<typeof MapPointsResult>;

export const PeopleAtParams = z
  .object({
    /** A cluster's `cell` (or any bbox); edges: west/south inclusive, east/north exclusive. */
    bbox: BBox,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const PeopleAtResult = z.object({ total: z.number().int(), rows: z.array(PersonRow) });
export type PeopleAtResult = z.infer<typeof PeopleAtResult>;
