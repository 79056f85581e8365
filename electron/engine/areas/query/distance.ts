// Distances on the sphere (mean Earth radius): good to 0.5 %, which is far finer than "within 30 km".
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
const KM_PER_DEGREE = EARTH_RADIUS_KM * RAD;

export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A box certain to hold every point within `km` of (lon, lat); whole longitudes near the poles. */
export function boxAround(lon: number, lat: number, km: number): [number, number, number, number] {
  const dLat = km / KM_PER_DEGREE;
  const cos = Math.cos(Math.min(89.9, Math.abs(lat) + dLat) * RAD);
  const dLon = cos > 0 ? km / (KM_PER_DEGREE * cos) : 360;
  return dLon >= 180
    ? [-180, Math.max(-90, lat - dLat), 180, Math.min(90, lat + dLat)]
    : [lon - dLon, Math.max(-90, lat - dLat), lon + dLon, Math.min(90, lat + dLat)];
}

/**
 * From a point to a segment, in km, on a plane tangent at the point: exact enough for the tens of
 * kilometres "near an area" is about, and far cheaper than a great-circle cross-track formula.
 */
export function segmentDistanceKm(
  lon: number,
  lat: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): number {
  const kx = KM_PER_DEGREE * Math.cos(lat * RAD);
  const ax = (x1 - lon) * kx;
  const ay = (y1 - lat) * KM_PER_DEGREE;
  const bx = (x2 - lon) * kx;
  const by = (y2 - lat) * KM_PER_DEGREE;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
