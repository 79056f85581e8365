// Deterministic test geometry shared by the area tests and the bench.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A star-shaped outline with `vertices` noisy spikes around (cx, cy), counter-clockwise, and a
 * clockwise hole of a third of its inner radius: the kind of ragged contour a ShakeMap publishes.
 */
export function noisyStar(
  cx: number,
  cy: number,
  radius: number,
  vertices: number,
  seed: number,
): number[][][] {
  const random = seededRandom(seed);
  const outer: number[][] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (2 * Math.PI * i) / vertices;
    const r = radius * (0.55 + 0.45 * (i % 2 === 0 ? 1 : random()));
    outer.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  outer.push([...outer[0]!]);
  const hole: number[][] = [];
  const holeVertices = Math.max(8, Math.floor(vertices / 20));
  for (let i = holeVertices; i > 0; i--) {
    const angle = (2 * Math.PI * i) / holeVertices;
    hole.push([cx + (radius / 3) * Math.cos(angle), cy + (radius / 3) * Math.sin(angle)]);
  }
  hole.push([...hole[0]!]);
  return [outer, hole];
}
