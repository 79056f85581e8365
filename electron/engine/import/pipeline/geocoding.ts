// Where the offline gazetteer plugs in: records with a city or district but no coordinates get a
// point, the matched place and a confidence. Until a gazetteer is bundled, no record is placed and
// every such record is counted as unplaced, to be placed by hand.
export interface GeocodeQuery {
  city: string | null;
  admin1: string | null;
  country: string | null;
}

export interface GeocodeHit {
  lat: number;
  lon: number;
  place: string;
  confidence: number;
}

export type Geocoder = (query: GeocodeQuery) => GeocodeHit | null;

/** The gazetteer's geocoder, or null while Muster ships without one. */
export function loadGeocoder(): Geocoder | null {
  return null;
}
