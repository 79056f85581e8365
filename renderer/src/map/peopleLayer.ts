// The people layer: the engine's grid clusters and single points (never 1M features) turned
// into two GeoJSON sources and drawn as circles. Counts on clusters are HTML (peopleCounts.ts),
// as the basemap carries no font glyphs.
import type { FeatureCollection, Point } from 'geojson';
import type { AddLayerObject, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapCluster, MapPoint, MapPointsResult, MapStatus } from '../../../shared/areas';
import { STATUS_COLOURS, VULNERABILITY_COLOURS } from './mapColours';

export type ColourBy = 'status' | 'vulnerability';

export const CLUSTER_SOURCE = 'people-clusters';
export const POINT_SOURCE = 'people-points';
export const CLUSTER_LAYER = 'people-clusters';
export const POINT_LAYER = 'people-points';

/** Worst first: a cluster takes the colour of the most urgent status anyone in it has. */
const STATUS_ORDER: readonly MapStatus[] = ['evacuate', 'shelter', 'watch', 'outside'];

export function clusterStatus(cluster: MapCluster): MapStatus {
  return STATUS_ORDER.find((s) => cluster.status[s] > 0) ?? 'outside';
}

/** Vulnerability share 0…1 as a colour from the app's teal to purple, in steps people can tell apart. */
export function shareColour(share: number): string {
  if (share >= 0.5) return VULNERABILITY_COLOURS.vulnerable;
  if (share >= 0.25) return '#8e4fb0';
  if (share >= 0.1) return '#5a6fa0';
  return VULNERABILITY_COLOURS.other;
}

export interface ClusterProps {
  count: number;
  colour: string;
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface PointProps {
  id: number;
  colour: string;
}

export function clusterFeatures(
  clusters: readonly MapCluster[],
  colourBy: ColourBy,
): FeatureCollection<Point, ClusterProps> {
  return {
    type: 'FeatureCollection',
    features: clusters.map((c) => ({
      type: 'Feature',
      // maplibre flattens nested properties to strings: the cell travels as four numbers.
      properties: {
        count: c.count,
        colour: colourBy === 'status' ? STATUS_COLOURS[clusterStatus(c)] : shareColour(c.vulnerableShare),
        west: c.cell[0],
        south: c.cell[1],
        east: c.cell[2],
        north: c.cell[3],
      },
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
    })),
  };
}

export function pointFeatures(
  points: readonly MapPoint[],
  colourBy: ColourBy,
): FeatureCollection<Point, PointProps> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      properties: {
        id: p.id,
        colour:
          colourBy === 'status'
            ? STATUS_COLOURS[p.status]
            : p.vulnerable
              ? VULNERABILITY_COLOURS.vulnerable
              : VULNERABILITY_COLOURS.other,
      },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export const PEOPLE_LAYERS: AddLayerObject[] = [
  {
    id: CLUSTER_LAYER,
    type: 'circle',
    source: CLUSTER_SOURCE,
    paint: {
      'circle-color': ['get', 'colour'],
      'circle-opacity': 0.85,
      // Area grows with the log of the count, so 10 and 100,000 both stay readable.
      'circle-radius': ['interpolate', ['linear'], ['ln', ['get', 'count']], 0, 9, 4.6, 15, 11.5, 30],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: POINT_LAYER,
    type: 'circle',
    source: POINT_SOURCE,
    paint: {
      'circle-color': ['get', 'colour'],
      'circle-radius': 5,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
];

/** Adds the sources and layers once; later calls only replace the data. */
export function showPeople(map: MapLibreMap, result: MapPointsResult | null, colourBy: ColourBy): void {
  if (!map.getSource(CLUSTER_SOURCE)) {
    map.addSource(CLUSTER_SOURCE, { type: 'geojson', data: EMPTY });
    map.addSource(POINT_SOURCE, { type: 'geojson', data: EMPTY });
    for (const layer of PEOPLE_LAYERS) map.addLayer(layer);
  }
  (map.getSource(CLUSTER_SOURCE) as GeoJSONSource).setData(
    result ? clusterFeatures(result.clusters, colourBy) : EMPTY,
  );
  (map.getSource(POINT_SOURCE) as GeoJSONSource).setData(
    result ? pointFeatures(result.points, colourBy) : EMPTY,
  );
}
