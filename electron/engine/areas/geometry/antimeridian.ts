// Areas that cross the 180th meridian (Fiji, Kamchatka, a Pacific cyclone track) arrive either with a
// jump from +179 to -179 inside a ring, or "unwrapped" with longitudes past 180. Both become pieces
// that each lie within [-180, 180], so the point-in-polygon test and the map never see a ring that
// spans the whole globe by mistake.
import { isClosed, type PolygonRings, type Ring } from './rings';

/**
 * Makes a ring continuous in longitude: a step of more than 180° is read as crossing the
 * antimeridian. Steps between two points lying exactly on ±180 are real (the edge of a whole-world
 * rectangle runs from -180 to 180) and are kept.
 */
export function unwrapRing(ring: Ring): { ring: Ring; jumped: boolean } {
  let shift = 0;
  let jumped = false;
  const out: Ring = [];
  ring.forEach((p, i) => {
    if (i > 0) {
      const prev = ring[i - 1]!;
      const step = p[0]! - prev[0]!;
      const onSeam = Math.abs(p[0]!) === 180 && Math.abs(prev[0]!) === 180;
      if (!onSeam && step > 180) {
        shift -= 360;
        jumped = true;
      } else if (!onSeam && step < -180) {
        shift += 360;
        jumped = true;
      }
    }
    out.push([p[0]! + shift, p[1]!]);
  });
  return { ring: out, jumped };
}

/** Cuts a polygon (rings with continuous longitudes) into pieces inside [-180, 180]. */
export function splitAtAntimeridian(polygon: PolygonRings): PolygonRings[] {
  let west = Infinity;
  let east = -Infinity;
  for (const [x] of polygon[0]!) {
    west = Math.min(west, x!);
    east = Math.max(east, x!);
  }
  if (west >= -180 && east <= 180) return [polygon];
  const pieces: PolygonRings[] = [];
  const first = Math.floor((west + 180) / 360);
  const last = Math.ceil((east + 180) / 360) - 1;
  for (let k = first; k <= last; k++) {
    const shiftBack = (ring: Ring): Ring => ring.map(([x, y]) => [x! - 360 * k, y!]);
    const outer = clipRing(polygon[0]!, -180 + 360 * k, 180 + 360 * k);
    // A piece needs its outer ring; a hole clipped to nothing is simply dropped.
    if (outer.length < 4) continue;
    const holes = polygon
      .slice(1)
      .map((ring) => clipRing(ring, -180 + 360 * k, 180 + 360 * k))
      .filter((ring) => ring.length >= 4);
    pieces.push([outer, ...holes].map(shiftBack));
  }
  return pieces;
}

/**
 * Sutherland–Hodgman against lo <= x <= hi. On a concave ring this leaves zero-width edges along the
 * cut line; they are crossed in pairs, so the even-odd test is unaffected.
 */
function clipRing(ring: Ring, lo: number, hi: number): Ring {
  const open = ring.length > 1 && isClosed(ring) ? ring.slice(0, -1) : ring;
  let out = clipHalf(open, (x) => x >= lo, lo);
  out = clipHalf(out, (x) => x <= hi, hi);
  if (out.length > 0 && (out[0]![0] !== out[out.length - 1]![0] || out[0]![1] !== out[out.length - 1]![1])) {
    out.push([...out[0]!]);
  }
  return out;
}

/** `ring` is open (last point not repeated), and so is the result. */
function clipHalf(ring: Ring, keep: (x: number) => boolean, edge: number): Ring {
  const out: Ring = [];
  const open = ring;
  for (let i = 0; i < open.length; i++) {
    const a = open[i]!;
    const b = open[(i + 1) % open.length]!;
    const aIn = keep(a[0]!);
    const bIn = keep(b[0]!);
    if (aIn) out.push(a);
    if (aIn !== bIn) {
      const t = (edge - a[0]!) / (b[0]! - a[0]!);
      out.push([edge, a[1]! + t * (b[1]! - a[1]!)]);
    }
  }
  return out;
}
