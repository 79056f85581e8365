// Who is inside a crisis area, at 1M people: our banded point-in-polygon index against
// @turf/boolean-point-in-polygon on the same points and the same 20,000-vertex multipolygon, in the
// same run. Goal: at least 60× faster than turf, with identical answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { CrisisArea } from '../../shared/areas';
import type { PeopleColumns } from '../../electron/engine/areas/people/peopleColumns';
import { insertAreas } from '../../electron/engine/areas/areaStore';
import { assignToAssemblyPoints } from '../../electron/engine/areas/assembly/assign';
import { createAssemblyPoint } from '../../electron/engine/areas/assembly/assemblyStore';
import { repairPolygons } from '../../electron/engine/areas/geometry/repair';
import { shapeToPolygons } from '../../electron/engine/areas/geometry/shapes';
import { mapPoints } from '../../electron/engine/areas/map/points';
import { loadPeopleColumns } from '../../electron/engine/areas/people/peopleColumns';
import { insideArea, membersInside } from '../../electron/engine/areas/query/inside';
import { nearPeople } from '../../electron/engine/areas/query/near';
import { seedSyntheticPeople } from '../../electron/engine/synthetic/seed';
import { Vault } from '../../electron/engine/vault/vault';
import { bboxOf, vertexCount } from '../../electron/engine/areas/geometry/rings';
import { noisyStar, seededRandom } from '../engine/areas/fixtures';
import { report, round } from './report';

/** Roughly Lebanon: the host country the synthetic data uses. */
const HOST_BBOX = [35.1, 33.05, 36.62, 34.69] as const;
/** Turf's share of the run is capped: beyond this, it runs on a prefix of the points. */
const TURF_BUDGET_MS = 60_000;

function benchArea(): CrisisArea {
  // Two ragged contours with a hole each, 20,000 vertices in all.
  const geometry: CrisisArea['geometry'] = {
    type: 'MultiPolygon',
    coordinates: [noisyStar(35.6, 33.6, 0.35, 9_500, 11), noisyStar(36.1, 34.2, 0.3, 9_500, 12)],
  };
  return {
    id: 1,
    name: 'bench',
    severity: 'evacuate',
    at: '2026-01-01T00:00:00.000Z',
    source: 'bench',
    origin: 'drawn',
    geometry,
    bbox: bboxOf(geometry),
    vertexCount: vertexCount(geometry),
    repairs: [],
    createdAt: '',
    updatedAt: `${Date.now()}`,
  };
}

function randomColumns(n: number): PeopleColumns {
  const random = seededRandom(2026);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lon[i] = HOST_BBOX[0] + random() * (HOST_BBOX[2] - HOST_BBOX[0]);
    lat[i] = HOST_BBOX[1] + random() * (HOST_BBOX[3] - HOST_BBOX[1]);
  }
  return { lon, lat, ids: new Int32Array(n) } as unknown as PeopleColumns;
}

export async function benchAreas(n = 1_000_000): Promise<void> {
  await benchPointInPolygon(n);
  await benchVaultQueries(n);
}

async function benchPointInPolygon(n: number): Promise<void> {
  const area = benchArea();
  const columns = randomColumns(n);

  // Best of three, index build included each time (a fresh updatedAt defeats the index cache):
  // the machine is shared, and the minimum is the least disturbed figure.
  let oursMs = Infinity;
  let inside: Int32Array = new Int32Array(0);
  for (let run = 0; run < 3; run++) {
    const fresh = { ...area, updatedAt: `${area.updatedAt}-${run}` };
    const t0 = performance.now();
    inside = await membersInside(columns, fresh);
    oursMs = Math.min(oursMs, performance.now() - t0);
  }
  report({ metric: 'areas.inside_ms', value: round(oursMs), unit: 'ms', n, goal: '>= 60x faster than turf' });

  // Estimate turf's cost on a small prefix, then run it on as many points as the budget allows.
  const probe = Math.min(n, 5_000);
  const t1 = performance.now();
  for (let i = 0; i < probe; i++) booleanPointInPolygon([columns.lon[i]!, columns.lat[i]!], area.geometry);
  const perPoint = (performance.now() - t1) / probe;
  const turfN = Math.min(n, Math.floor(TURF_BUDGET_MS / perPoint));

  const t2 = performance.now();
  let turfCount = 0;
  for (let i = 0; i < turfN; i++) {
    if (booleanPointInPolygon([columns.lon[i]!, columns.lat[i]!], area.geometry)) turfCount++;
  }
  const turfMs = performance.now() - t2;
  let oursOnTurfN = 0;
  for (const i of inside) if (i < turfN) oursOnTurfN++;

  const turfFullMs = (turfMs / turfN) * n;
  report({
    metric: 'areas.turf_inside_ms',
    value: round(turfFullMs),
    unit: 'ms',
    n,
    ...(turfN < n ? { goal: `measured on ${turfN} points, scaled to ${n}` } : {}),
  });
  report({
    metric: 'areas.speedup_vs_turf',
    value: round(turfFullMs / oursMs),
    unit: 'x',
    n,
    goal: '>= 60',
    baseline: round(turfFullMs),
    ratio: round(turfFullMs / oursMs),
  });
  report({ metric: 'areas.inside_count', value: inside.length, unit: 'people', n });
  report({
    metric: 'areas.counts_identical',
    value: oursOnTurfN === turfCount ? 1 : 0,
    unit: 'bool',
    n: turfN,
    goal: `ours ${oursOnTurfN} vs turf ${turfCount} on the same ${turfN} points`,
  });
}

/** The app's queries on a vault of n synthetic people (the generator places them in Lebanon's cities). */
async function benchVaultQueries(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'muster-bench-areas-'));
  const cheapKdf = { name: 'argon2id', memoryKiB: 8, iterations: 1, parallelism: 1 } as const;
  const vault = await Vault.create(join(dir, 'areas.muster'), 'benchmark passphrase', { kdf: cheapKdf });
  try {
    await seedSyntheticPeople(vault, { count: n, seed: 42 });
    const today = new Date();
    const actor = { operator: 'bench', now: () => new Date() };

    let t = performance.now();
    const columns = await loadPeopleColumns(vault);
    report({ metric: 'areas.people_columns_load_ms', value: round(performance.now() - t), unit: 'ms', n });
    report({ metric: 'areas.placed_people', value: columns.ids.length, unit: 'people', n });

    const circle = repairPolygons(
      shapeToPolygons({ kind: 'circle', center: [35.5018, 33.8938], radiusKm: 15 }),
    );
    const [area] = await insertAreas(
      vault,
      actor,
      [
        {
          name: 'bench',
          severity: 'evacuate',
          at: today.toISOString(),
          source: 'bench',
          origin: 'drawn',
          ...circle,
        },
      ],
      'area.create',
    );
    t = performance.now();
    const inside = await insideArea(vault, { id: area!.id, offset: 0, limit: 100, includeRows: true }, today);
    report({
      metric: 'areas.inside_vault_ms',
      value: round(performance.now() - t),
      unit: 'ms',
      n,
      goal: `${inside.total} inside a 15 km circle, with breakdowns`,
    });

    t = performance.now();
    const near = await nearPeople(
      vault,
      { target: { kind: 'point', lon: 35.5, lat: 33.89 }, km: 5, offset: 0, limit: 100, includeRows: false },
      today,
    );
    report({
      metric: 'areas.near_point_ms',
      value: round(performance.now() - t),
      unit: 'ms',
      n,
      goal: `${near.total} within 5 km`,
    });

    const country: [number, number, number, number] = [35.0, 33.0, 36.7, 34.7];
    t = performance.now();
    await mapPoints(vault, { bbox: country, zoom: 7, colourBy: 'status' }, today);
    report({
      metric: 'areas.map_points_first_ms',
      value: round(performance.now() - t),
      unit: 'ms',
      n,
      goal: 'includes statuses against every area',
    });
    for (const zoom of [7, 12]) {
      t = performance.now();
      const view = await mapPoints(vault, { bbox: country, zoom, colourBy: 'status' }, today);
      report({
        metric: `areas.map_points_z${zoom}_ms`,
        value: round(performance.now() - t),
        unit: 'ms',
        n,
        goal: `${view.clusters.length} clusters + ${view.points.length} points; < 100 ms to stay fluid`,
      });
    }

    for (const [name, lon, lat] of [
      ['Airport', 35.49, 33.82],
      ['Tripoli port', 35.82, 34.45],
      ['Zahle school', 35.9, 33.85],
    ] as const) {
      await createAssemblyPoint(vault, actor, { name, kind: 'other', lon, lat, capacity: null });
    }
    t = performance.now();
    await assignToAssemblyPoints(vault, { offset: 0, limit: 100 });
    report({ metric: 'areas.assign_all_ms', value: round(performance.now() - t), unit: 'ms', n });
  } finally {
    await vault.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
