// The officer's actions on areas: draw, import, edit, buffer. Each one repairs the geometry and
// stores it with its repair notes; the store audits.
import buffer from '@turf/buffer';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type {
  AreaFileFormat,
  AreaImportResult,
  CrisisArea,
  DrawnShape,
  Severity,
} from '../../../shared/areas';
import { MusterError } from '../../../shared/errors';
import type { JobContext } from '../types';
import type { Vault } from '../vault/vault';
import { getArea, insertAreas, updateArea, type Actor, type NewArea } from './areaStore';
import { repairPolygons } from './geometry/repair';
import { shapeToPolygons } from './geometry/shapes';
import { polygonsOf } from './pip/polygonIndex';
import { readAreaFile } from './read/readAreaFile';

export interface AreaMetaInput {
  name: string;
  severity: Severity;
  at?: string | undefined;
  source?: string | undefined;
}

function checkedTime(at: string | undefined, now: Date): string {
  if (at === undefined || at === '') return now.toISOString();
  const parsed = new Date(at);
  if (Number.isNaN(parsed.getTime())) {
    throw new MusterError(
      'INVALID_INPUT',
      'The time of the area is not a date (use e.g. 2026-03-01T14:00Z).',
    );
  }
  return parsed.toISOString();
}

export async function createDrawnArea(
  vault: Vault,
  actor: Actor,
  input: AreaMetaInput & { shape: DrawnShape },
): Promise<CrisisArea> {
  const { geometry, repairs } = repairPolygons(shapeToPolygons(input.shape));
  const [area] = await insertAreas(
    vault,
    actor,
    [
      {
        name: input.name,
        severity: input.severity,
        at: checkedTime(input.at, actor.now()),
        source: input.source || 'drawn',
        origin: 'drawn',
        geometry,
        repairs,
      },
    ],
    'area.create',
  );
  return area!;
}

export async function importAreaFile(
  vault: Vault,
  actor: Actor,
  input: AreaMetaInput & { path: string; format: AreaFileFormat; mode: 'single' | 'perFeature' },
  ctx: JobContext,
): Promise<AreaImportResult> {
  ctx.progress({ phase: 'reading', done: 0, total: 1 });
  const file = await readAreaFile(input.path, input.format);
  await ctx.checkpoint();
  const at = checkedTime(input.at, actor.now());
  const source = input.source || file.format;
  const groups =
    input.mode === 'single'
      ? [{ name: input.name, polygons: file.features.flatMap((f) => f.polygons) }]
      : file.features.map((f, i) => ({
          name: `${input.name} – ${f.name ?? `part ${i + 1}`}`.slice(0, 200),
          polygons: f.polygons,
        }));
  const areas: NewArea[] = [];
  for (const [i, group] of groups.entries()) {
    ctx.progress({ phase: 'repairing', done: i, total: groups.length });
    const { geometry, repairs } = repairPolygons(group.polygons);
    areas.push({ name: group.name, severity: input.severity, at, source, origin: 'file', geometry, repairs });
    await ctx.checkpoint();
  }
  ctx.progress({ phase: 'saving', done: 0, total: 1 });
  return { areas: await insertAreas(vault, actor, areas, 'area.import'), notes: file.notes };
}

export async function editArea(
  vault: Vault,
  actor: Actor,
  input: { id: number; name?: string; severity?: Severity; at?: string; source?: string; shape?: DrawnShape },
): Promise<CrisisArea> {
  const repaired = input.shape ? repairPolygons(shapeToPolygons(input.shape)) : undefined;
  return updateArea(vault, actor, input.id, {
    name: input.name,
    severity: input.severity,
    at: input.at === undefined ? undefined : checkedTime(input.at, actor.now()),
    source: input.source,
    geometry: repaired?.geometry,
    repairs: repaired?.repairs,
  });
}

export async function bufferArea(
  vault: Vault,
  actor: Actor,
  input: { id: number; distanceKm: number; replace: boolean; name?: string },
): Promise<CrisisArea> {
  const area = getArea(vault, input.id);
  const feature: Feature<Polygon | MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: area.geometry,
  };
  const grown = buffer(feature, input.distanceKm, { units: 'kilometers' });
  if (!grown) throw new MusterError('INVALID_INPUT', 'This area could not be buffered.');
  const { geometry, repairs } = repairPolygons(polygonsOf(grown.geometry as CrisisArea['geometry']));
  const note = `Buffered by ${input.distanceKm} km.`;
  if (input.replace) {
    return updateArea(vault, actor, area.id, { geometry, repairs: [...area.repairs, note, ...repairs] });
  }
  const [created] = await insertAreas(
    vault,
    actor,
    [
      {
        name: input.name ?? `${area.name} + ${input.distanceKm} km`.slice(0, 200),
        severity: area.severity,
        at: area.at,
        source: area.source,
        origin: 'buffer',
        geometry,
        repairs: [note, ...repairs],
      },
    ],
    'area.buffer',
  );
  return created!;
}
