// The Map section under jsdom, with maplibre and terra-draw replaced by recorders (see
// fakeMaplibre.ts): what the screen asks the engine, what it puts on the map, and how it
// answers clicks, drawings, refusals and Escape.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssemblyPoint, CrisisArea } from '../../../shared/areas';
import { MapSection } from '../../../renderer/src/sections/MapSection';
import { installFakeMuster, Refusal, resetRenderer, type FakeMuster } from '../fakeMuster';
import { makeDetail, personAt } from '../peopleFixtures';
import { FakeMap, FakeMarker, FakeTerraDraw, resetFakeMaps, workerUrls } from './fakeMaplibre';
import { makeArea, makeInside, makePoints } from './mapFixtures';

vi.mock('maplibre-gl', async () => (await import('./fakeMaplibre')).maplibreModule);
vi.mock('terra-draw', async () => (await import('./fakeMaplibre')).terraDrawModule);
vi.mock(
  'terra-draw-maplibre-gl-adapter',
  async () => (await import('./fakeMaplibre')).terraDrawAdapterModule,
);

let fake: FakeMuster;
let areas: CrisisArea[];

const LABELS = {
  type: 'FeatureCollection',
  features: [
    { properties: { kind: 'country', name: 'Lebanon', minzoom: 0 }, geometry: { coordinates: [35.9, 34.4] } },
    { properties: { kind: 'capital', name: 'Beirut', minzoom: 3 }, geometry: { coordinates: [35.5, 33.89] } },
    // Would write over Beirut's name: left out.
    {
      properties: { kind: 'city', name: 'Bourj Hammoud', minzoom: 3 },
      geometry: { coordinates: [35.54, 33.89] },
    },
    // Not yet at this zoom.
    {
      properties: { kind: 'admin1', name: 'Mount Lebanon', minzoom: 7 },
      geometry: { coordinates: [35.7, 33.6] },
    },
    { properties: { kind: 'city', name: 'Far away', minzoom: 3 }, geometry: { coordinates: [100, 10] } },
  ],
};

beforeEach(() => {
  resetFakeMaps();
  fake = installFakeMuster();
  areas = [];
  fake.handle('map.points', () => makePoints());
  fake.handle('area.list', () => areas);
  fake.handle('assembly.list', () => []);
  fake.handle('people.unplaced', () => ({ total: 108, rows: [personAt(500, { has_coordinates: false })] }));
  fake.handle('area.inside', ({ id }) => makeInside(id));
  fake.handle('people.get', ({ id }) => makeDetail({ person: { ...makeDetail().person, id } }));
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(LABELS), { status: 200 })),
  );
});

afterEach(() => {
  resetRenderer();
  vi.unstubAllGlobals();
});

/** Renders the section and plays the map finishing its first load. */
async function openMap(): Promise<FakeMap> {
  render(<MapSection />);
  const map = FakeMap.latest();
  act(() => map.fire('load'));
  await screen.findByText(/in view/);
  return map;
}

function sourceData(map: FakeMap, id: string): { features: { properties: Record<string, unknown> }[] } {
  return map.sources.get(id)?.data as { features: { properties: Record<string, unknown> }[] };
}

describe('the map and its basemap', () => {
  it('builds the map from the app’s own basemap files, with no glyphs, sprite or remote URL', async () => {
    const map = await openMap();
    expect(workerUrls).toHaveLength(1);
    const style = map.options.style as {
      glyphs?: string;
      sprite?: string;
      sources: Record<string, { data: string }>;
    };
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.keys(style.sources).sort()).toEqual(['boundaries', 'countries', 'labels']);
    for (const source of Object.values(style.sources)) expect(source.data).not.toMatch(/^https?:|^\/\//);
    expect(JSON.stringify(map.options.style)).not.toMatch(/https?:\/\//);
  });

  it('names places on screen as HTML labels: due at this zoom, in view and not overlapping', async () => {
    await openMap();
    await waitFor(() => expect(FakeMarker.texts('map-label')).toEqual(['Lebanon', 'Beirut']));
  });
  it('keeps the panels working on a computer without WebGL2', async () => {
    areas = [makeArea()];
    FakeMap.failNext = true;
    render(<MapSection />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot draw the map.*WebGL2/);
    expect(FakeMap.instances).toHaveLength(0);
    await screen.findByRole('button', { name: /Port district/ });
    expect(fake.callsOf('map.points')).toHaveLength(0);
  });
});

describe('people on the map', () => {
  it('asks the engine for the view and shows clusters, points and the counts', async () => {
    const map = await openMap();
    expect(fake.callsOf('map.points')[0]?.params).toEqual({
      bbox: [34, 32, 37, 35],
      zoom: 6,
      colourBy: 'status',
    });
    expect(screen.getByRole('status').textContent).toBe('1,216 in view · 108 without a point');
    expect(sourceData(map, 'people-clusters').features.map((f) => f.properties.count)).toEqual([1200, 15]);
    // The worst status present colours a cluster: "shelter" beats "outside".
    expect(sourceData(map, 'people-clusters').features[0]?.properties.colour).toBe('#e08a00');
    expect(sourceData(map, 'people-points').features[0]?.properties).toEqual({ id: 77, colour: '#c62828' });
    expect(FakeMarker.texts('map-count')).toEqual(['1,200', '15']);
  });

  it('queries again after a move, and colours by vulnerability on request', async () => {
    const map = await openMap();
    map.bounds = [35, 33, 36, 34];
    map.zoom = 9;
    act(() => map.fire('moveend'));
    await waitFor(() => expect(fake.callsOf('map.points')).toHaveLength(2));
    expect(fake.callsOf('map.points')[1]?.params).toMatchObject({ bbox: [35, 33, 36, 34], zoom: 9 });
    fireEvent.change(screen.getByLabelText('Colour people by'), { target: { value: 'vulnerability' } });
    await waitFor(() =>
      expect(fake.callsOf('map.points').at(-1)?.params).toMatchObject({ colourBy: 'vulnerability' }),
    );
    await waitFor(() =>
      expect(sourceData(map, 'people-points').features[0]?.properties.colour).toBe('#7b1fa2'),
    );
  });

  it('lists the people of a clicked cluster and opens one', async () => {
    fake.handle('map.peopleAt', ({ offset = 0 }) => ({
      total: 60,
      rows: Array.from({ length: offset === 0 ? 50 : 10 }, (_, i) => personAt(offset + i)),
    }));
    const map = await openMap();
    map.rendered = [
      {
        layer: { id: 'people-clusters' },
        properties: { count: 60, west: 35, south: 33.5, east: 36, north: 34.5 },
      },
    ];
    act(() => map.click(35.5, 33.9));
    const list = await screen.findByRole('region', { name: 'People here' });
    expect(fake.callsOf('map.peopleAt')[0]?.params).toEqual({
      bbox: [35, 33.5, 36, 34.5],
      offset: 0,
      limit: 50,
    });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(within(list).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(fake.callsOf('map.peopleAt').at(-1)?.params).toMatchObject({ offset: 50 }));
    fireEvent.click(await within(list).findByRole('button', { name: 'Given55 Surname55' }));
    await screen.findByRole('complementary', { name: 'Person details' });
    expect(fake.callsOf('people.get')[0]?.params).toEqual({ id: 56 });
  });

  it('opens a single person straight from their point', async () => {
    const map = await openMap();
    map.rendered = [
      { layer: { id: 'people-points' }, properties: { id: 77 } },
      { layer: { id: 'people-clusters' }, properties: { count: 3, west: 0, south: 0, east: 1, north: 1 } },
    ];
    act(() => map.click(35.2, 33.27));
    await screen.findByRole('complementary', { name: 'Person details' });
    expect(fake.callsOf('people.get')[0]?.params).toEqual({ id: 77 });
  });

  it('counts and lists the people without a point aside', async () => {
    await openMap();
    fireEvent.click(screen.getByRole('button', { name: /without a point/ }));
    const list = await screen.findByRole('region', { name: 'Unplaced people' });
    expect(within(list).getByRole('button', { name: 'Given500 Surname500' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Unplaced (108)' }).getAttribute('aria-selected')).toBe('true');
  });

  it('says so when the engine cannot cluster the view', async () => {
    fake.handle('map.points', () => {
      throw new Refusal('INTERNAL', 'The map could not be read.');
    });
    render(<MapSection />);
    act(() => FakeMap.latest().fire('load'));
    expect((await screen.findByRole('alert')).textContent).toBe('The map could not be read.');
  });
});

describe('drawing crisis areas', () => {
  const RECTANGLE = {
    type: 'Polygon',
    coordinates: [
      [
        [35.4, 33.8],
        [35.6, 33.8],
        [35.6, 34],
        [35.4, 34],
        [35.4, 33.8],
      ],
    ],
  };

  it('turns a drawn rectangle into a named area and shows who is inside', async () => {
    fake.handle('area.create', (params) => {
      const area = makeArea({ id: 9, name: params.name, severity: params.severity ?? 'watch' });
      areas = [area];
      return area;
    });
    const map = await openMap();
    const toolbar = screen.getByRole('toolbar', { name: 'Draw an area' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Rectangle' }));
    const draw = FakeTerraDraw.latest!;
    expect(draw.mode).toBe('rectangle');
    act(() => void draw.finishDrawing('rectangle', RECTANGLE));
    const form = await screen.findByRole('form', { name: 'New area' });
    // Drawing stops once the shape is done; the shape waits for its name.
    expect(draw.mode).toBe('static');
    fireEvent.change(within(form).getByLabelText('Area name'), { target: { value: 'Port district' } });
    fireEvent.change(within(form).getByLabelText('Severity'), { target: { value: 'shelter' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save area' }));

    await screen.findByRole('region', { name: 'Area Port district' });
    expect(fake.callsOf('area.create')[0]?.params).toMatchObject({
      name: 'Port district',
      severity: 'shelter',
      shape: { kind: 'rectangle', west: 35.4, south: 33.8, east: 35.6, north: 34 },
    });
    expect(screen.queryByRole('form', { name: 'New area' })).toBeNull();
    expect(draw.features.size).toBe(0);
    // The area is drawn under the people, and people's status is asked for again.
    const order = map.layers.map((l) => l.id);
    expect(order.indexOf('areas-fill')).toBeLessThan(order.indexOf('people-clusters'));
    expect(fake.callsOf('map.points').length).toBeGreaterThan(1);
    const details = screen.getByRole('region', { name: 'Area Port district' });
    await within(details).findByText('42');
    expect(within(details).getByRole('region', { name: 'Who is inside' }).textContent).toContain('PH30');
    expect(within(details).getByText(/7 without a point/)).toBeTruthy();
  });

  it('sends a drawn circle as centre and radius', async () => {
    fake.handle('area.create', () => makeArea());
    await openMap();
    fireEvent.click(screen.getByRole('button', { name: 'Circle' }));
    const ring = Array.from({ length: 65 }, (_, i) => {
      const a = (2 * Math.PI * (i % 64)) / 64;
      return [35.5 + 0.1 * Math.cos(a), 33.9 + 0.08 * Math.sin(a)];
    });
    act(
      () =>
        void FakeTerraDraw.latest!.finishDrawing(
          'circle',
          { type: 'Polygon', coordinates: [ring] },
          { radiusKilometers: 9.3 },
        ),
    );
    const form = await screen.findByRole('form', { name: 'New area' });
    expect(within(form).getByText('Circle of 9.3 km radius')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Area name'), { target: { value: 'Blast radius' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save area' }));
    await waitFor(() => expect(fake.callsOf('area.create')).toHaveLength(1));
    const shape = fake.callsOf('area.create')[0]?.params.shape;
    expect(shape).toMatchObject({ kind: 'circle', radiusKm: 9.3 });
    if (shape?.kind !== 'circle') throw new Error('not a circle');
    expect(shape.center[0]).toBeCloseTo(35.5, 4);
    expect(shape.center[1]).toBeCloseTo(33.9, 2);
  });

  it('shows the engine’s message for refused geometry and keeps the shape to retry', async () => {
    fake.handle('area.create', () => {
      throw new Refusal(
        'INVALID_INPUT',
        'The outline crosses itself at 2 places: draw it again without crossing lines.',
      );
    });
    await openMap();
    fireEvent.click(screen.getByRole('button', { name: 'Polygon' }));
    const draw = FakeTerraDraw.latest!;
    act(() => void draw.finishDrawing('polygon', RECTANGLE));
    const form = await screen.findByRole('form', { name: 'New area' });
    fireEvent.change(within(form).getByLabelText('Area name'), { target: { value: 'Bow tie' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save area' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'The outline crosses itself at 2 places: draw it again without crossing lines.',
    );
    expect(draw.features.size).toBe(1);
    fireEvent.click(within(form).getByRole('button', { name: 'Discard shape' }));
    expect(screen.queryByRole('form', { name: 'New area' })).toBeNull();
    expect(draw.features.size).toBe(0);
  });

  it('refuses a stray click that is not a shape, without asking the engine', async () => {
    await openMap();
    fireEvent.click(screen.getByRole('button', { name: 'Polygon' }));
    const draw = FakeTerraDraw.latest!;
    act(
      () =>
        void draw.finishDrawing('polygon', {
          type: 'LineString',
          coordinates: [
            [35, 33],
            [36, 34],
          ],
        }),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/not an area/);
    expect(draw.features.size).toBe(0);
    expect(screen.queryByRole('form', { name: 'New area' })).toBeNull();
  });

  it('leaves the drawing tool with Escape', async () => {
    await openMap();
    const polygon = screen.getByRole('button', { name: 'Polygon' });
    fireEvent.click(polygon);
    expect(polygon.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/Click each corner/)).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(polygon.getAttribute('aria-pressed')).toBe('false');
    expect(FakeTerraDraw.latest!.mode).toBe('static');
    expect(screen.queryByText(/Click each corner/)).toBeNull();
  });

  it('edits an area’s outline and saves it as a geometry', async () => {
    areas = [makeArea()];
    fake.handle('area.update', ({ id }) => makeArea({ id }));
    await openMap();
    fireEvent.click(await screen.findByRole('button', { name: /Port district/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit outline' }));
    const draw = FakeTerraDraw.latest!;
    expect(draw.mode).toBe('select');
    const id = draw.selected!;
    const moved = {
      type: 'Polygon',
      coordinates: [
        [
          [35.4, 33.8],
          [35.7, 33.8],
          [35.6, 34],
          [35.4, 34],
          [35.4, 33.8],
        ],
      ],
    };
    act(() => draw.reshape(id, moved));
    fireEvent.click(screen.getByRole('button', { name: 'Save outline' }));
    await waitFor(() => expect(fake.callsOf('area.update')).toHaveLength(1));
    expect(fake.callsOf('area.update')[0]?.params).toEqual({
      id: 1,
      shape: { kind: 'geometry', geometry: moved },
    });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edit outline' })).toBeNull());
  });
});

describe('managing areas', () => {
  beforeEach(() => {
    areas = [
      makeArea(),
      makeArea({
        id: 2,
        name: 'Airport road',
        severity: 'watch',
        geometry: { type: 'MultiPolygon', coordinates: [] },
      }),
    ];
  });

  async function openArea(name: RegExp): Promise<HTMLElement> {
    await openMap();
    fireEvent.click(await screen.findByRole('button', { name }));
    return screen.findByRole('region', { name: /^Area / });
  }

  it('colours areas by severity on the map and selects one from a click on it', async () => {
    const map = await openMap();
    await waitFor(() => expect(sourceData(map, 'areas').features).toHaveLength(2));
    expect(sourceData(map, 'areas').features.map((f) => f.properties.colour)).toEqual(['#c62828', '#1e6bb8']);
    map.rendered = [{ layer: { id: 'areas-fill' }, properties: { id: 2 } }];
    act(() => map.click(35.5, 33.9));
    await screen.findByRole('region', { name: 'Area Airport road' });
    expect(sourceData(map, 'areas').features.map((f) => f.properties.selected)).toEqual([false, true]);
  });

  it('changes the severity and adds a buffered area', async () => {
    fake.handle('area.update', (p) => makeArea({ ...(p.severity ? { severity: p.severity } : {}) }));
    fake.handle('area.buffer', () => {
      const area = makeArea({ id: 3, name: 'Port district + 5 km' });
      areas = [...areas, area];
      return area;
    });
    const details = await openArea(/Port district/);
    fireEvent.change(within(details).getByLabelText('Severity'), { target: { value: 'watch' } });
    await waitFor(() => expect(fake.callsOf('area.update')[0]?.params).toEqual({ id: 1, severity: 'watch' }));
    // The actions wait for the change to be stored.
    await waitFor(() =>
      expect((within(details).getByLabelText('Severity') as HTMLSelectElement).disabled).toBe(false),
    );

    const buffer = within(details).getByLabelText('Buffer (km)');
    const add = within(details).getByRole('button', { name: 'Add buffered area' }) as HTMLButtonElement;
    fireEvent.change(buffer, { target: { value: '-3' } });
    expect(add.disabled).toBe(true);
    fireEvent.change(buffer, { target: { value: '2,5' } });
    fireEvent.click(add);
    await waitFor(() => expect(fake.callsOf('area.buffer')[0]?.params).toEqual({ id: 1, distanceKm: 2.5 }));
    // The new buffered area is the one shown next.
    await screen.findByRole('region', { name: 'Area Port district + 5 km' });
  });

  it('shows how many people each area holds in the list', async () => {
    fake.handle('area.inside', ({ id }) => makeInside(id, id === 1 ? 42 : 1234));
    await openMap();
    const list = await screen.findByRole('list', { name: 'Areas' });
    await within(list).findByText('Evacuate · 42 inside');
    await within(list).findByText('Watch · 1,234 inside');
    expect(fake.callsOf('area.inside').map((c) => c.params)).toEqual([
      { id: 1, limit: 0 },
      { id: 2, limit: 0 },
    ]);
  });

  it('corrects the source and time of an area', async () => {
    fake.handle('area.update', (p) => makeArea({ ...(p.source ? { source: p.source } : {}) }));
    const details = await openArea(/Port district/);
    const form = within(details).getByRole('form', { name: 'Source and time' });
    const save = within(form).getByRole('button', { name: 'Save source and time' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText('Source'), { target: { value: 'GDACS' } });
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '2025-03-02T08:15' } });
    fireEvent.click(save);
    await waitFor(() => expect(fake.callsOf('area.update')).toHaveLength(1));
    expect(fake.callsOf('area.update')[0]?.params).toEqual({
      id: 1,
      source: 'GDACS',
      at: new Date('2025-03-02T08:15').toISOString(),
    });
  });

  it('deletes only after confirmation', async () => {
    fake.handle('area.delete', () => {
      areas = areas.slice(1);
      return null;
    });
    const details = await openArea(/Port district/);
    fireEvent.click(within(details).getByRole('button', { name: 'Delete…' }));
    expect(fake.callsOf('area.delete')).toHaveLength(0);
    fireEvent.click(within(details).getByRole('button', { name: 'Delete “Port district”' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Port district/ })).toBeNull());
    expect(fake.callsOf('area.delete')[0]?.params).toEqual({ id: 1 });
  });

  it('renames, and says why a multi-part area cannot be edited on the map', async () => {
    fake.handle('area.update', (p) => makeArea({ id: 2, name: p.name ?? 'x' }));
    const details = await openArea(/Airport road/);
    expect(
      (within(details).getByRole('button', { name: 'Edit outline' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.change(within(details).getByLabelText('Name'), { target: { value: 'Airport road north' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Rename' }));
    await waitFor(() =>
      expect(fake.callsOf('area.update')[0]?.params).toEqual({ id: 2, name: 'Airport road north' }),
    );
  });

  it('imports areas from a chosen file and reports what was left out', async () => {
    fake.handle('shell.chooseAreaFile', () => '/home/officer/shakemap.kmz');
    fake.handle('area.import', (params) => {
      const area = makeArea({ id: 5, name: params.name, origin: 'file' });
      areas = [...areas, area];
      return { areas: [area], notes: ['2 points and 1 network link were left out.'] };
    });
    await openMap();
    fireEvent.click(screen.getByRole('button', { name: 'Import areas from a file…' }));
    const form = screen.getByRole('form', { name: 'Import areas from a file' });
    fireEvent.click(within(form).getByRole('button', { name: 'Choose file…' }));
    await within(form).findByText('shakemap.kmz');
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('shakemap');
    fireEvent.change(within(form).getByLabelText('Source'), { target: { value: 'USGS ShakeMap' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported 1 area.');
    expect(screen.getByText('2 points and 1 network link were left out.')).toBeTruthy();
    const call = fake.callsOf('area.import')[0]!;
    expect(call.params).toEqual({
      path: '/home/officer/shakemap.kmz',
      name: 'shakemap',
      severity: 'watch',
      mode: 'single',
      source: 'USGS ShakeMap',
    });
    expect(call.options?.requestId).toMatch(/^ui-/);
  });

  it('shows a refused file in plain words', async () => {
    fake.handle('shell.chooseAreaFile', () => '/home/officer/roads.zip');
    fake.handle('area.import', () => {
      throw new Refusal('INVALID_INPUT', 'This shapefile has no .prj and its coordinates are not degrees.');
    });
    await openMap();
    fireEvent.click(screen.getByRole('button', { name: 'Import areas from a file…' }));
    const form = screen.getByRole('form', { name: 'Import areas from a file' });
    fireEvent.click(within(form).getByRole('button', { name: 'Choose file…' }));
    await within(form).findByText('roads.zip');
    fireEvent.click(within(form).getByRole('button', { name: 'Import' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'This shapefile has no .prj and its coordinates are not degrees.',
    );
  });
});

describe('near and assembly points', () => {
  it('finds people within N km of a point picked on the map', async () => {
    fake.handle('area.near', () => ({
      total: 2,
      breakdowns: makeInside(0).breakdowns,
      unplaced: 7,
      people: [
        { id: 1, distanceKm: 0.42 },
        { id: 2, distanceKm: 12.6 },
      ],
      rows: [personAt(0), personAt(1)],
      tookMs: 3,
    }));
    const map = await openMap();
    fireEvent.click(screen.getByRole('tab', { name: 'Near' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pick a point' }));
    map.rendered = [{ layer: { id: 'people-points' }, properties: { id: 77 } }];
    act(() => map.click(35.51, 33.89));
    // While picking, a click is a position even over a person.
    expect(fake.callsOf('people.get')).toHaveLength(0);
    await screen.findByText('33.8900, 35.5100');
    fireEvent.change(screen.getByLabelText('Within (km)'), { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find people' }));
    const list = await screen.findByRole('region', { name: 'People near, nearest first' });
    expect(fake.callsOf('area.near')[0]?.params).toEqual({
      target: { kind: 'point', lon: 35.51, lat: 33.89 },
      km: 15,
      offset: 0,
      limit: 50,
      includeRows: true,
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Given0 Surname0 · PH · Beirut · 0.4 km', 'Given1 Surname1 · PH · Beirut · 13 km']);
    expect(map.sources.has('near')).toBe(true);
  });

  it('adds an assembly point where the officer clicks and lists who it gets', async () => {
    let points: AssemblyPoint[] = [
      { id: 4, name: 'Embassy', kind: 'embassy', lon: 35.48, lat: 33.9, capacity: 100 },
    ];
    fake.handle('assembly.list', () => points);
    fake.handle('assembly.assign', () => ({
      total: 300,
      unplaced: 7,
      perPoint: points.map((p) => ({
        pointId: p.id,
        count: p.id === 4 ? 180 : 120,
        maxKm: 31.2,
        meanKm: 4.25,
        overCapacity: p.id === 4 ? 80 : 0,
      })),
      assignments: [],
      tookMs: 2,
    }));
    fake.handle('assembly.create', (p) => {
      const point = {
        id: 5,
        name: p.name,
        kind: p.kind ?? 'other',
        lon: p.lon,
        lat: p.lat,
        capacity: p.capacity ?? null,
      };
      points = [...points, point];
      return point;
    });
    const map = await openMap();
    fireEvent.click(screen.getByRole('tab', { name: 'Assembly' }));
    const list = await screen.findByRole('list', { name: 'Assembly points and their people' });
    await within(list).findByText(/180 assigned · mean 4.3 km · farthest 31 km · capacity 100/);
    expect(within(list).getByText(/80 over capacity/)).toBeTruthy();
    await waitFor(() => expect(FakeMarker.texts('map-assembly')).toEqual(['EEmbassy']));

    fireEvent.click(screen.getByRole('button', { name: 'Place a new point' }));
    act(() => map.click(35.49, 33.82));
    const form = await screen.findByRole('form', { name: 'New assembly point' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Airport' } });
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'airport' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add assembly point' }));
    await within(list).findByText('Airport', { selector: 'strong' });
    expect(fake.callsOf('assembly.create')[0]?.params).toEqual({
      name: 'Airport',
      kind: 'airport',
      lon: 35.49,
      lat: 33.82,
      capacity: null,
    });
  });
});
