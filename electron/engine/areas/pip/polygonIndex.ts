// Point-in-polygon for one crisis area, fast enough to test a million people in well under a second.
//
// Every edge of every ring goes into horizontal bands over latitude; a point casts a ray towards
// +longitude and only the edges of its own band count: those ending inside the band are tested one
// by one, those spanning it are counted by binary search (see buildBands). Each polygon of a
// MultiPolygon keeps its own even-odd parity (holes flip it back), and the point is inside when
// any polygon's parity is odd: overlapping parts of a MultiPolygon therefore never cancel out.
//
// Boundary rule (half-open, the classic crossing-number convention): an edge counts as crossed when
// exactly one of its ends lies strictly above the point's latitude, and the crossing lies strictly
// east of the point. Consequence: a point on a west or south edge is inside, on an east or north edge
// outside; two areas sharing an edge never both claim a point lying on it, and a point on a vertex is
// decided the same way every time. This is the rule the differential tests pin down.
import type { AreaGeometry, BBox } from '../../../../shared/areas';

export interface PolygonIndex {
  readonly bbox: BBox;
  readonly edgeCount: number;
  contains(lon: number, lat: number): boolean;
}

/** One band per two edges: each band then holds only a handful of edge ends to test one by one. */
const EDGES_PER_BAND = 2;
const MAX_BANDS = 1 << 20;

export function polygonsOf(geometry: AreaGeometry): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function buildPolygonIndex(geometry: AreaGeometry): PolygonIndex {
  const polygons = polygonsOf(geometry);
  let edgeCount = 0;
  for (const polygon of polygons) for (const ring of polygon) edgeCount += Math.max(0, ring.length - 1);

  // Edge i: (x1, y1) -> (x2, y2) as the ring runs; owner[i] = its polygon's number.
  const coords = new Float64Array(edgeCount * 4);
  const owner = new Int32Array(edgeCount);
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  let e = 0;
  polygons.forEach((polygon, p) => {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[i + 1]!;
        coords[e * 4] = a[0]!;
        coords[e * 4 + 1] = a[1]!;
        coords[e * 4 + 2] = b[0]!;
        coords[e * 4 + 3] = b[1]!;
        owner[e] = p;
        west = Math.min(west, a[0]!);
        east = Math.max(east, a[0]!);
        south = Math.min(south, a[1]!);
        north = Math.max(north, a[1]!);
        e++;
      }
    }
  });
  if (edgeCount === 0) return emptyIndex();

  const bands = buildBands(coords, owner, edgeCount, south, north);
  const { bandOf, leaves, partialStart, partialEdges, groupStart, groupOwner, groupFrom, groupTo, full } =
    bands;
  const parity = new Uint8Array(polygons.length);
  const single = polygons.length === 1;
  const boxes = polygonBoxes(polygons);
  /** Most points of a MultiPolygon's bbox lie in no part's own bbox: rejected without a ray. */
  const inSomeBox = (x: number, y: number) => {
    for (let k = 0; k < boxes.length; k += 4) {
      if (x >= boxes[k]! && x <= boxes[k + 2]! && y >= boxes[k + 1]! && y <= boxes[k + 3]!) return true;
    }
    return false;
  };

  return {
    bbox: [west, south, east, north],
    edgeCount,
    contains(x: number, y: number): boolean {
      if (x < west || x > east || y < south || y > north) return false;
      const band = bandOf(y);
      if (single) {
        let crossings = 0;
        for (let node = band + leaves; node >= 1; node >>= 1) {
          for (let g = groupStart[node]!; g < groupStart[node + 1]!; g++) {
            crossings += eastOf(full, groupFrom[g]!, groupTo[g]!, x, y);
          }
        }
        for (let k = partialStart[band]!; k < partialStart[band + 1]!; k++) {
          if (crosses(coords, partialEdges[k]!, x, y)) crossings++;
        }
        return (crossings & 1) === 1;
      }
      if (!inSomeBox(x, y)) return false;
      parity.fill(0);
      for (let node = band + leaves; node >= 1; node >>= 1) {
        for (let g = groupStart[node]!; g < groupStart[node + 1]!; g++) {
          parity[groupOwner[g]!]! ^= eastOf(full, groupFrom[g]!, groupTo[g]!, x, y) & 1;
        }
      }
      for (let k = partialStart[band]!; k < partialStart[band + 1]!; k++) {
        const edge = partialEdges[k]!;
        if (crosses(coords, edge, x, y)) parity[owner[edge]!]! ^= 1;
      }
      return parity.includes(1);
    },
  };
}

interface Bands {
  bandOf: (y: number) => number;
  /** Leaf offset of the segment tree: band b is node b + leaves; a node's parent is node >> 1. */
  leaves: number;
  /** Edges ending inside band b: tested one by one. */
  partialStart: Int32Array;
  partialEdges: Int32Array;
  /** Per tree node, edges spanning all its bands, one run per polygon, sorted west to east. */
  groupStart: Int32Array;
  groupOwner: Int32Array;
  groupFrom: Int32Array;
  groupTo: Int32Array;
  /** Their coordinates, copied in run order: x1, y1, x2, y2 per edge. */
  full: Float64Array;
}

/**
 * An edge that spans a whole band is crossed by the ray of every point in that band, so only its
 * side matters. The edges of one polygon never cross one another (repair guarantees it), so over a
 * range of bands they keep one west-to-east order, and how many lie east of a point is a binary
 * search. Spanning edges are filed in a segment tree over the bands (each edge in O(log bands)
 * nodes): a ragged contour's long spikes would otherwise be copied into thousands of bands each.
 */
function buildBands(
  coords: Float64Array,
  owner: Int32Array,
  edgeCount: number,
  south: number,
  north: number,
): Bands {
  const bandCount = Math.max(1, Math.min(MAX_BANDS, Math.ceil(edgeCount / EDGES_PER_BAND)));
  const bandHeight = (north - south) / bandCount || 1;
  const bandOf = (y: number) => Math.min(bandCount - 1, Math.max(0, Math.floor((y - south) / bandHeight)));
  // A point is filed under a band by rounding, so "spans the band" keeps a margin on both sides.
  const margin = bandHeight * 1e-6;
  const spansBand = (i: number, b: number) => {
    const low = Math.min(coords[i * 4 + 1]!, coords[i * 4 + 3]!);
    const high = Math.max(coords[i * 4 + 1]!, coords[i * 4 + 3]!);
    const bandLow = south + b * bandHeight;
    return low < bandLow - margin && high > bandLow + bandHeight + margin;
  };
  let leaves = 1;
  while (leaves < bandCount) leaves <<= 1;

  // Pass 1 counts, pass 2 fills (compressed rows, no per-band arrays).
  const partialStart = new Int32Array(bandCount + 1);
  const nodeStart = new Int32Array(2 * leaves + 1);
  const visit = (onPartial: (b: number, i: number) => void, onNode: (node: number, i: number) => void) => {
    for (let i = 0; i < edgeCount; i++) {
      const [lo, hi] = bandSpan(coords, i, bandOf);
      // Only the two bands at each end can fail to be spanned (rounding near a band boundary);
      // every band between them lies well inside the edge's latitudes.
      let first = lo;
      while (first <= Math.min(hi, lo + 1) && !spansBand(i, first)) onPartial(first++, i);
      let last = hi;
      while (last >= Math.max(first, hi - 1) && !spansBand(i, last)) onPartial(last--, i);
      if (first <= last) fileRange(first, last, leaves, (node) => onNode(node, i));
    }
  };
  visit(
    (b) => partialStart[b + 1]!++,
    (node) => nodeStart[node + 1]!++,
  );
  for (let b = 0; b < bandCount; b++) partialStart[b + 1]! += partialStart[b]!;
  for (let n = 0; n < 2 * leaves; n++) nodeStart[n + 1]! += nodeStart[n]!;
  const partialEdges = new Int32Array(partialStart[bandCount]!);
  const nodeEdges = new Int32Array(nodeStart[2 * leaves]!);
  const partialFill = partialStart.slice(0, bandCount);
  const nodeFill = nodeStart.slice(0, 2 * leaves);
  visit(
    (b, i) => (partialEdges[partialFill[b]!++] = i),
    (node, i) => (nodeEdges[nodeFill[node]!++] = i),
  );

  const full = new Float64Array(nodeEdges.length * 4);
  const groups: number[] = [];
  const groupStart = new Int32Array(2 * leaves + 1);
  for (let node = 0; node < 2 * leaves; node++) {
    const from = nodeStart[node]!;
    const run = Array.from(nodeEdges.subarray(from, nodeStart[node + 1]!));
    if (run.length > 0) {
      const mid = south + (nodeMiddleBand(node, leaves) + 0.5) * bandHeight;
      const x = new Float64Array(run.length);
      const order = run.map((_, r) => r);
      run.forEach((i, r) => (x[r] = crossingX(coords, i, mid)));
      order.sort((a, c) => owner[run[a]!]! - owner[run[c]!]! || x[a]! - x[c]!);
      order.forEach((r, k) => {
        const i = run[r]!;
        full.set(coords.subarray(i * 4, i * 4 + 4), (from + k) * 4);
        if (k === 0 || owner[run[order[k - 1]!]!] !== owner[i]) groups.push(owner[i]!, from + k, from + k);
        groups[groups.length - 1] = from + k + 1;
      });
    }
    groupStart[node + 1] = groups.length / 3;
  }
  const groupOwner = new Int32Array(groups.length / 3);
  const groupFrom = new Int32Array(groups.length / 3);
  const groupTo = new Int32Array(groups.length / 3);
  for (let g = 0; g < groupOwner.length; g++) {
    groupOwner[g] = groups[g * 3]!;
    groupFrom[g] = groups[g * 3 + 1]!;
    groupTo[g] = groups[g * 3 + 2]!;
  }
  return { bandOf, leaves, partialStart, partialEdges, groupStart, groupOwner, groupFrom, groupTo, full };
}

function polygonBoxes(polygons: number[][][][]): Float64Array {
  const boxes = new Float64Array(polygons.length * 4);
  polygons.forEach((polygon, p) => {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of polygon[0] ?? []) {
      west = Math.min(west, x!);
      east = Math.max(east, x!);
      south = Math.min(south, y!);
      north = Math.max(north, y!);
    }
    boxes.set([west, south, east, north], p * 4);
  });
  return boxes;
}

/** The canonical segment-tree nodes covering bands [from, to]. */
function fileRange(from: number, to: number, leaves: number, file: (node: number) => void): void {
  let l = from + leaves;
  let r = to + leaves + 1;
  while (l < r) {
    if (l & 1) file(l++);
    if (r & 1) file(--r);
    l >>= 1;
    r >>= 1;
  }
}

/** A band in the middle of the node's range: where its edges are ordered. */
function nodeMiddleBand(node: number, leaves: number): number {
  let first = node;
  let last = node;
  while (first < leaves) {
    first = first * 2;
    last = last * 2 + 1;
  }
  return (first + last) / 2 - leaves;
}

/** How many of the sorted spanning edges [from, to) cross the point's latitude strictly east of it. */
function eastOf(full: Float64Array, from: number, to: number, x: number, y: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < crossingX(full, mid, y)) hi = mid;
    else lo = mid + 1;
  }
  return to - lo;
}

/** Same arithmetic as `crosses`, so a point on an edge gets the same answer either way. */
function crossingX(coords: Float64Array, edge: number, y: number): number {
  const o = edge * 4;
  const x1 = coords[o]!;
  const y1 = coords[o + 1]!;
  return x1 + ((y - y1) * (coords[o + 2]! - x1)) / (coords[o + 3]! - y1);
}

function bandSpan(coords: Float64Array, i: number, bandOf: (y: number) => number): [number, number] {
  const y1 = coords[i * 4 + 1]!;
  const y2 = coords[i * 4 + 3]!;
  return y1 <= y2 ? [bandOf(y1), bandOf(y2)] : [bandOf(y2), bandOf(y1)];
}

function crosses(coords: Float64Array, edge: number, x: number, y: number): boolean {
  const o = edge * 4;
  const y1 = coords[o + 1]!;
  const y2 = coords[o + 3]!;
  if (y1 > y === y2 > y) return false;
  const x1 = coords[o]!;
  const x2 = coords[o + 2]!;
  return x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
}

function emptyIndex(): PolygonIndex {
  return { bbox: [0, 0, 0, 0], edgeCount: 0, contains: () => false };
}
