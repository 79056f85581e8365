// Finds where a polygon's outline crosses itself. @turf/kinks compares every edge with every other
// (a 20,000-vertex ShakeMap contour would take minutes), so edges go into a flatbush index and only
// edges whose boxes overlap are compared.
import Flatbush from 'flatbush';
import type { PolygonRings } from './rings';

/** How many pairs of non-adjacent edges of the polygon (all its rings) cross or touch. */
export function countCrossings(polygon: PolygonRings, stopAfter = Infinity): number {
  const edges: { ring: number; i: number; n: number; a: number[]; b: number[] }[] = [];
  polygon.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      edges.push({ ring: r, i, n: ring.length - 1, a: ring[i]!, b: ring[i + 1]! });
    }
  });
  if (edges.length < 3) return 0;
  const index = new Flatbush(edges.length);
  for (const { a, b } of edges) {
    index.add(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
  }
  index.finish();
  let found = 0;
  for (let e = 0; e < edges.length && found < stopAfter; e++) {
    const { a, b } = edges[e]!;
    const near = index.search(
      Math.min(a[0]!, b[0]!),
      Math.min(a[1]!, b[1]!),
      Math.max(a[0]!, b[0]!),
      Math.max(a[1]!, b[1]!),
    );
    for (const f of near) {
      if (f <= e || adjacent(edges[e]!, edges[f]!)) continue;
      if (segmentsIntersect(a, b, edges[f]!.a, edges[f]!.b)) found++;
    }
  }
  return found;
}

function adjacent(e: { ring: number; i: number; n: number }, f: { ring: number; i: number }): boolean {
  if (e.ring !== f.ring) return false;
  const d = Math.abs(e.i - f.i);
  return d === 1 || d === e.n - 1;
}

function orientation(p: number[], q: number[], r: number[]): number {
  const v = (q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(p: number[], q: number[], r: number[]): boolean {
  return (
    Math.min(p[0]!, r[0]!) <= q[0]! &&
    q[0]! <= Math.max(p[0]!, r[0]!) &&
    Math.min(p[1]!, r[1]!) <= q[1]! &&
    q[1]! <= Math.max(p[1]!, r[1]!)
  );
}

function segmentsIntersect(p1: number[], q1: number[], p2: number[], q2: number[]): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p1, p2, q1)) ||
    (o2 === 0 && onSegment(p1, q2, q1)) ||
    (o3 === 0 && onSegment(p2, p1, q2)) ||
    (o4 === 0 && onSegment(p2, q1, q2))
  );
}
