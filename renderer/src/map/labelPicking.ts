// Chooses which names the map shows: the basemap has no font glyphs (they would be fetched),
// so names are a few dozen HTML labels, picked again after each move. Pure, for tests.

export type LabelKind = 'country' | 'capital' | 'city' | 'admin1';

export interface LabelCandidate {
  kind: LabelKind;
  name: string;
  minzoom: number;
  lon: number;
  lat: number;
}

export interface LabelView {
  zoom: number;
  /** West, south, east, north of what is on screen. */
  bounds: [number, number, number, number];
  project(lon: number, lat: number): { x: number; y: number };
}

export interface PlacedLabel extends LabelCandidate {
  x: number;
  y: number;
}

/** Country names give way to place names once the map is close. */
export const COUNTRY_MAX_ZOOM = 7;
export const MAX_LABELS = 60;

// Rough text box of a 12–13 px label; exact widths would need the DOM, and overlaps of a few
// pixels do not matter.
const CHAR_WIDTH = 7;
const HEIGHT = 16;
const GAP = 4;

const PRIORITY: Record<LabelKind, number> = { country: 0, capital: 1, city: 2, admin1: 3 };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxOf(label: LabelCandidate, x: number, y: number): Box {
  const width = label.name.length * CHAR_WIDTH;
  // Places write their name to the right of their dot; areas are centred on their point.
  const left = label.kind === 'capital' || label.kind === 'city' ? x + 5 : x - width / 2;
  return {
    left: left - GAP,
    right: left + width + GAP,
    top: y - HEIGHT / 2 - GAP,
    bottom: y + HEIGHT / 2 + GAP,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inBounds(c: LabelCandidate, [west, south, east, north]: LabelView['bounds']): boolean {
  if (c.lat < south || c.lat > north) return false;
  // A view across the antimeridian has west > east.
  return west <= east ? c.lon >= west && c.lon <= east : c.lon >= west || c.lon <= east;
}

/**
 * The labels to show: due at this zoom, on screen, most important first (countries, capitals,
 * cities, admin areas; within a kind the input order, which the basemap builder sorted by
 * size), none overlapping an earlier one, at most `max`.
 */
export function pickLabels(
  candidates: readonly LabelCandidate[],
  view: LabelView,
  max = MAX_LABELS,
): PlacedLabel[] {
  const due = candidates
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.minzoom <= view.zoom && !(c.kind === 'country' && view.zoom >= COUNTRY_MAX_ZOOM))
    .filter(({ c }) => inBounds(c, view.bounds))
    .sort((a, b) => PRIORITY[a.c.kind] - PRIORITY[b.c.kind] || a.index - b.index);
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  for (const { c } of due) {
    if (placed.length >= max) break;
    const { x, y } = view.project(c.lon, c.lat);
    const box = boxOf(c, x, y);
    if (boxes.some((b) => overlaps(b, box))) continue;
    boxes.push(box);
    placed.push({ ...c, x, y });
  }
  return placed;
}

/** Reads the basemap's labels.json into candidates, skipping anything malformed. */
export function parseLabels(json: unknown): LabelCandidate[] {
  const features = (json as { features?: unknown[] } | null)?.features;
  if (!Array.isArray(features)) return [];
  const out: LabelCandidate[] = [];
  for (const f of features as Array<{
    properties?: Record<string, unknown>;
    geometry?: { coordinates?: unknown };
  }>) {
    const p = f.properties ?? {};
    const [lon, lat] = Array.isArray(f.geometry?.coordinates) ? (f.geometry.coordinates as unknown[]) : [];
    if (typeof p.name !== 'string' || typeof p.minzoom !== 'number') continue;
    if (typeof lon !== 'number' || typeof lat !== 'number') continue;
    if (p.kind !== 'country' && p.kind !== 'capital' && p.kind !== 'city' && p.kind !== 'admin1') continue;
    out.push({ kind: p.kind, name: p.name, minzoom: p.minzoom, lon, lat });
  }
  return out;
}
