// A stand-in for maplibre-gl and terra-draw under jsdom (no WebGL there): it records what the
// screen asks of the map (sources, layers, modes, markers) and lets a test play the map's
// events (load, moveend, click) and terra-draw's finished shapes. Real rendering is checked in
// Chromium by test/e2e/map.test.ts.
type Listener = (event?: unknown) => void;

export interface RenderedFeature {
  layer: { id: string };
  properties: Record<string, unknown>;
}

export class FakeMap {
  static instances: FakeMap[] = [];
  readonly options: Record<string, unknown>;
  readonly sources = new Map<string, { spec: unknown; data: unknown }>();
  readonly layers: { id: string; before?: string }[] = [];
  readonly controls: unknown[] = [];
  readonly fitted: unknown[] = [];
  removed = false;
  zoom = 6;
  bounds: [number, number, number, number] = [34, 32, 37, 35];
  /** What queryRenderedFeatures answers for the next click. */
  rendered: RenderedFeature[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Plays a computer without WebGL2, where maplibre throws on construction. */
  static failNext = false;

  constructor(options: Record<string, unknown>) {
    if (FakeMap.failNext) {
      FakeMap.failNext = false;
      throw new Error('WebGL2 is required to display this map.');
    }
    this.options = options;
    FakeMap.instances.push(this);
  }

  static latest(): FakeMap {
    const map = FakeMap.instances.at(-1);
    if (!map) throw new Error('No map was created.');
    return map;
  }

  on(type: string, listener: Listener): this {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
    return this;
  }
  once(type: string, listener: Listener): this {
    const wrapped: Listener = (e) => {
      this.off(type, wrapped);
      listener(e);
    };
    return this.on(type, wrapped);
  }
  off(type: string, listener: Listener): this {
    this.listeners.get(type)?.delete(listener);
    return this;
  }
  fire(type: string, event?: unknown): void {
    for (const l of [...(this.listeners.get(type) ?? [])]) l(event);
  }
  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }
  /** Plays a click at a map position; `rendered` says what was under it. */
  click(lng: number, lat: number): void {
    this.fire('click', { lngLat: { lng, lat }, point: { x: 10, y: 10 } });
  }

  addControl(control: unknown): this {
    this.controls.push(control);
    return this;
  }
  addSource(id: string, spec: { data?: unknown }): this {
    this.sources.set(id, { spec, data: spec.data });
    return this;
  }
  getSource(id: string): { setData(data: unknown): void } | undefined {
    const source = this.sources.get(id);
    if (!source) return undefined;
    return {
      setData: (data: unknown) => {
        source.data = data;
      },
    };
  }
  removeSource(id: string): void {
    this.sources.delete(id);
  }
  addLayer(layer: { id: string }, before?: string): this {
    this.layers.push({ id: layer.id, ...(before ? { before } : {}) });
    return this;
  }
  getLayer(id: string): unknown {
    return this.layers.find((l) => l.id === id);
  }
  removeLayer(id: string): void {
    const at = this.layers.findIndex((l) => l.id === id);
    if (at >= 0) this.layers.splice(at, 1);
  }
  getZoom(): number {
    return this.zoom;
  }
  getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number } {
    const [w, s, e, n] = this.bounds;
    return { getWest: () => w, getSouth: () => s, getEast: () => e, getNorth: () => n };
  }
  project([lon, lat]: [number, number]): { x: number; y: number } {
    return { x: lon * 100, y: -lat * 100 };
  }
  queryRenderedFeatures(_point: unknown, options: { layers: string[] }): RenderedFeature[] {
    return this.rendered.filter((f) => options.layers.includes(f.layer.id));
  }
  fitBounds(bounds: unknown): this {
    this.fitted.push(bounds);
    return this;
  }
  remove(): void {
    this.removed = true;
  }
}

export class FakeMarker {
  static live = new Set<FakeMarker>();
  readonly element: HTMLElement;
  lngLat: [number, number] = [0, 0];
  constructor(options: { element?: HTMLElement } = {}) {
    this.element = options.element ?? document.createElement('div');
  }
  setLngLat(lngLat: [number, number]): this {
    this.lngLat = lngLat;
    return this;
  }
  addTo(): this {
    FakeMarker.live.add(this);
    return this;
  }
  remove(): void {
    FakeMarker.live.delete(this);
  }
  static texts(className: string): string[] {
    return [...FakeMarker.live]
      .filter((m) => m.element.className.includes(className))
      .map((m) => m.element.textContent ?? '');
  }
}

class FakeControl {
  constructor(readonly options?: unknown) {}
}

export const workerUrls: string[] = [];
export const protocols: string[] = [];

export const maplibreModule = {
  Map: FakeMap,
  Marker: FakeMarker,
  NavigationControl: FakeControl,
  ScaleControl: FakeControl,
  AttributionControl: FakeControl,
  setWorkerUrl: (url: string) => workerUrls.push(url),
  addProtocol: (name: string) => protocols.push(name),
};

export class FakeTerraDraw {
  static latest: FakeTerraDraw | null = null;
  readonly modes: string[] = [];
  readonly features = new Map<
    string | number,
    { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> }
  >();
  private finishListeners: ((id: string | number, context: { action: string; mode: string }) => void)[] = [];
  stopped = false;
  selected: string | number | null = null;
  private nextId = 1;

  constructor() {
    FakeTerraDraw.latest = this;
  }
  start(): void {}
  stop(): void {
    this.stopped = true;
  }
  setMode(mode: string): void {
    this.modes.push(mode);
  }
  get mode(): string | undefined {
    return this.modes.at(-1);
  }
  on(
    _event: 'finish',
    listener: (id: string | number, context: { action: string; mode: string }) => void,
  ): void {
    this.finishListeners.push(listener);
  }
  getSnapshotFeature(id: string | number) {
    return this.features.get(id);
  }
  clear(): void {
    this.features.clear();
  }
  removeFeatures(ids: (string | number)[]): void {
    for (const id of ids) this.features.delete(id);
  }
  addFeatures(features: { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> }[]) {
    return features.map((f) => {
      const id = `f${this.nextId++}`;
      this.features.set(id, f);
      return { id, valid: true };
    });
  }
  selectFeature(id: string | number): void {
    this.selected = id;
  }
  /** Plays the officer finishing a shape in `mode`. */
  finishDrawing(mode: string, geometry: unknown, properties: Record<string, unknown> = {}): string {
    const id = `f${this.nextId++}`;
    this.features.set(id, { type: 'Feature', geometry, properties: { mode, ...properties } });
    for (const l of this.finishListeners) l(id, { action: 'draw', mode });
    return id;
  }
  /** Plays dragging a corner of a feature already on the drawing layer. */
  reshape(id: string | number, geometry: unknown): void {
    const feature = this.features.get(id);
    if (!feature) throw new Error(`No feature ${id}.`);
    feature.geometry = geometry;
    for (const l of this.finishListeners) l(id, { action: 'dragCoordinate', mode: 'select' });
  }
}

class FakeMode {
  constructor(readonly options?: unknown) {}
}

export const terraDrawModule = {
  TerraDraw: FakeTerraDraw,
  TerraDrawPolygonMode: FakeMode,
  TerraDrawRectangleMode: FakeMode,
  TerraDrawCircleMode: FakeMode,
  TerraDrawSelectMode: FakeMode,
};

export const terraDrawAdapterModule = { TerraDrawMapLibreGLAdapter: FakeMode };

export function resetFakeMaps(): void {
  FakeMap.instances = [];
  FakeMarker.live.clear();
  FakeTerraDraw.latest = null;
  workerUrls.length = 0;
}
