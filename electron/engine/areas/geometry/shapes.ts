// Shapes drawn on the map become polygons before repair: the rest of the engine only knows polygons.
import circle from '@turf/circle';
import type { DrawnShape } from '../../../../shared/areas';
import { polygonsOf } from '../pip/polygonIndex';
import type { PolygonRings } from './rings';

/** Enough sides that the outline strays less than 0.1 % from the true circle. */
const CIRCLE_STEPS = 96;

export function shapeToPolygons(shape: DrawnShape): PolygonRings[] {
  switch (shape.kind) {
    case 'polygon':
      return [shape.rings];
    case 'rectangle': {
      // West past east means the rectangle crosses the antimeridian: unwrap it, repair cuts it.
      const east = shape.east < shape.west ? shape.east + 360 : shape.east;
      const { west, south, north } = shape;
      return [
        [
          [
            [west, south],
            [east, south],
            [east, north],
            [west, north],
            [west, south],
          ],
        ],
      ];
    }
    case 'circle':
      return [
        circle([shape.center[0]!, shape.center[1]!], shape.radiusKm, {
          steps: CIRCLE_STEPS,
          units: 'kilometers',
        }).geometry.coordinates,
      ];
    case 'geometry':
      return polygonsOf(shape.geometry);
  }
}
