// The checks of a point typed by hand, before it goes to the engine (which checks them again).

export interface PointProblems {
  lat?: string;
  lon?: string;
}

function parseCoordinate(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Reads a latitude and a longitude in decimal degrees, as a GPS or a map shows them. */
export function readPoint(
  lat: string,
  lon: string,
): { ok: true; lat: number; lon: number } | { ok: false; problems: PointProblems } {
  const problems: PointProblems = {};
  const la = parseCoordinate(lat);
  const lo = parseCoordinate(lon);
  if (la === null || Math.abs(la) > 90)
    problems.lat = 'Latitude in decimal degrees, from -90 to 90 (e.g. 33.8938).';
  if (lo === null || Math.abs(lo) > 180)
    problems.lon = 'Longitude in decimal degrees, from -180 to 180 (e.g. 35.5018).';
  if (la === null || lo === null || problems.lat || problems.lon) return { ok: false, problems };
  return { ok: true, lat: la, lon: lo };
}

/** The engine's mark on a point an officer placed (see electron/engine/people/place.ts). */
export const PLACED_BY_HAND = 'placed by hand';
