// The Map section: the offline map with people, crisis areas and assembly points, and a side
// panel for areas, "near" searches, assembly points, the people of a clicked cluster and the
// people without a point.
import type { Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { BBox, CrisisArea, DrawnShape } from '../../../shared/areas';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { PersonDetailPanel } from '../people/PersonDetailPanel';
import { UnplacedList } from '../people/UnplacedList';
import { useUnplaced } from '../people/useUnplaced';
import { AreasPanel } from './AreasPanel';
import { showAreas } from './areasLayer';
import { AssemblyPanel } from './AssemblyPanel';
import { DetailFileControl } from './DetailFileControl';
import { DrawToolbar, toolHint } from './DrawToolbar';
import { fitToPeople } from './fitToPeople';
import { toDrawnShape } from './drawnShape';
import { MapLegend } from './MapLegend';
import { describeMapError } from './mapErrors';
import { MapView } from './MapView';
import { NearPanel } from './NearPanel';
import { NewAreaForm } from './NewAreaForm';
import { showNearCircle } from './overlays';
import { PeopleAtList } from './PeopleAtList';
import type { ColourBy } from './peopleLayer';
import { useAreas } from './useAreas';
import { useAssemblyPoints } from './useAssemblyPoints';
import { useMapClicks, type MapClick } from './useMapClicks';
import { usePeopleLayer } from './usePeopleLayer';
import { useTerraDraw, type DrawTool } from './useTerraDraw';
import './map.css';

type Tab = 'areas' | 'near' | 'assembly' | 'here' | 'unplaced';
type Pick = 'near' | 'assembly' | null;

interface Pending {
  id: string | number;
  shape: DrawnShape;
}

const TABS: { id: Tab; label: string }[] = [
  { id: 'areas', label: 'Areas' },
  { id: 'near', label: 'Near' },
  { id: 'assembly', label: 'Assembly' },
  { id: 'here', label: 'People here' },
  { id: 'unplaced', label: 'Unplaced' },
];

export function MapWorkspace(): React.JSX.Element {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [colourBy, setColourBy] = useState<ColourBy>('status');
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState<Tab>('areas');
  const [tool, setTool] = useState<DrawTool>(null);
  const [pick, setPick] = useState<Pick>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [editing, setEditing] = useState<{ area: CrisisArea; featureId: string | number } | null>(null);
  const [selectedAreaId, setSelectedAreaId] = useState<number | null>(null);
  const [cell, setCell] = useState<BBox | null>(null);
  const [openPersonId, setOpenPersonId] = useState<number | null>(null);
  const [nearPoint, setNearPoint] = useState<{ lon: number; lat: number } | null>(null);
  const [assemblyPoint, setAssemblyPoint] = useState<{ lon: number; lat: number } | null>(null);
  const [unplacedOffset, setUnplacedOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const areas = useAreas();
  const assembly = useAssemblyPoints(map);
  const people = usePeopleLayer(map, colourBy, version);
  const unplaced = useUnplaced(unplacedOffset, version);

  const draw = useTerraDraw(map, tool, (id, feature, edited) => {
    if (editing && edited) return;
    if (pending && edited && id === pending.id) {
      const shape = toDrawnShape(feature);
      if (shape) setPending({ id, shape: shape.kind === 'polygon' ? shape : pending.shape });
      return;
    }
    if (edited) return;
    const shape = toDrawnShape(feature);
    setTool(null);
    if (!shape) {
      setError('That shape is not an area: draw at least three corners.');
      return false;
    }
    setError(null);
    setPending({ id, shape });
    setTab('areas');
  });

  useEffect(() => {
    if (map) showAreas(map, areas.areas, selectedAreaId);
  }, [map, areas.areas, selectedAreaId]);

  useMapClicks(
    map,
    { picking: pick !== null, drawing: tool !== null || editing !== null },
    (click: MapClick) => {
      switch (click.kind) {
        case 'position':
          if (pick === 'near') setNearPoint({ lon: click.lon, lat: click.lat });
          else setAssemblyPoint({ lon: click.lon, lat: click.lat });
          setPick(null);
          return;
        case 'person':
          setOpenPersonId(click.id);
          return;
        case 'cluster':
          setCell(click.cell);
          setTab('here');
          return;
        case 'area':
          setSelectedAreaId(click.id);
          setTab('areas');
          return;
        default:
          return;
      }
    },
  );

  // Escape leaves whatever tool or pick is active; a half-drawn shape is dropped.
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.key !== 'Escape') return;
      if (tool !== null && tool !== 'select' && !pending) draw.clear();
      setTool(null);
      setPick(null);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tool, pending, draw]);

  function changed(selectId?: number | null): void {
    areas.refresh();
    setVersion((v) => v + 1);
    if (selectId !== undefined) setSelectedAreaId(selectId);
  }

  function discardDrawing(): void {
    draw.clear();
    setPending(null);
    setEditing(null);
    setTool(null);
  }

  async function saveOutline(): Promise<void> {
    if (!editing) return;
    const geometry = draw.geometryOf(editing.featureId);
    if (!geometry || geometry.type !== 'Polygon') return;
    try {
      await call('area.update', {
        id: editing.area.id,
        shape: { kind: 'geometry', geometry: geometry as Polygon },
      });
      discardDrawing();
      changed(editing.area.id);
    } catch (e) {
      setError(describeMapError(e));
    }
  }

  const hint = pick ? 'Click the map to choose the place. Escape cancels.' : toolHint(tool);
  const result = people.result;

  return (
    <div className="map-workspace">
      <div className="map-main">
        <div className="map-topbar">
          <DrawToolbar
            tool={tool}
            onTool={(next) => {
              setPick(null);
              setTool(next);
            }}
            disabled={!map || editing !== null}
          />
          <button
            type="button"
            className="button button-small"
            disabled={!map}
            onClick={() => {
              if (!map) return;
              fitToPeople(map).then(
                (found) => setError(found ? null : 'No one in this vault has a point on the map yet.'),
                (e: unknown) => setError(describeMapError(e)),
              );
            }}
          >
            Show everyone
          </button>
          <p className="map-counts" role="status" aria-live="polite">
            {result ? (
              <>
                <span data-count="in-view">{result.inView.toLocaleString()}</span> in view ·{' '}
                <button type="button" className="link-button" onClick={() => setTab('unplaced')}>
                  <span data-count="unplaced">{result.unplaced.toLocaleString()}</span> without a point
                </button>
              </>
            ) : (
              'Loading people…'
            )}
          </p>
        </div>
        {hint ? <p className="map-hint">{hint}</p> : null}
        <ErrorAlert message={error ?? people.error} />
        {editing ? (
          <div className="map-editbar" role="region" aria-label="Edit outline">
            <span>
              Editing the outline of <strong dir="auto">{editing.area.name}</strong>: drag the corners, then
              save.
            </span>
            <button
              type="button"
              className="button button-primary button-small"
              onClick={() => void saveOutline()}
            >
              Save outline
            </button>
            <button type="button" className="button button-small" onClick={discardDrawing}>
              Cancel
            </button>
          </div>
        ) : null}
        <div className="map-stage">
          <MapView map={map} onMap={setMap} />
          <div className="map-overlay map-overlay-bottom">
            <MapLegend colourBy={colourBy} onColourBy={setColourBy} />
            <DetailFileControl map={map} />
          </div>
        </div>
      </div>
      <aside className="map-side" aria-label="Map panel">
        {openPersonId !== null ? (
          <PersonDetailPanel
            key={openPersonId}
            id={openPersonId}
            onClose={() => setOpenPersonId(null)}
            onOpenPerson={setOpenPersonId}
            onChanged={() => setVersion((v) => v + 1)}
          />
        ) : (
          <>
            <div className="map-tabs" role="tablist" aria-label="Map panel">
              {TABS.map((t) => (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  aria-selected={tab === t.id}
                  className={tab === t.id ? 'map-tab is-active' : 'map-tab'}
                  onClick={() => setTab(t.id)}
                >
                  {t.label}
                  {t.id === 'unplaced' && unplaced.total !== null
                    ? ` (${unplaced.total.toLocaleString()})`
                    : ''}
                </button>
              ))}
            </div>
            <div role="tabpanel" className="map-tabpanel">
              {pending ? (
                <NewAreaForm
                  shape={pending.shape}
                  onCreated={(area) => {
                    discardDrawing();
                    changed(area.id);
                  }}
                  onDiscard={discardDrawing}
                />
              ) : null}
              {tab === 'areas' ? (
                <AreasPanel
                  areas={areas.areas}
                  loaded={areas.loaded}
                  selectedId={selectedAreaId}
                  version={version}
                  onSelect={setSelectedAreaId}
                  onChanged={changed}
                  onOpenPerson={setOpenPersonId}
                  onEditShape={(area) => {
                    if (area.geometry.type !== 'Polygon') return;
                    const featureId = draw.editPolygon(area.geometry as Polygon);
                    if (featureId === null) setError('This outline cannot be edited on the map.');
                    else setEditing({ area, featureId });
                  }}
                />
              ) : null}
              {tab === 'near' ? (
                <NearPanel
                  areas={areas.areas}
                  point={nearPoint}
                  picking={pick === 'near'}
                  onPick={(on) => setPick(on ? 'near' : null)}
                  onOpenPerson={setOpenPersonId}
                  onSearched={(circle) => map && showNearCircle(map, circle)}
                />
              ) : null}
              {tab === 'assembly' ? (
                <AssemblyPanel
                  points={assembly.points}
                  areas={areas.areas}
                  picked={assemblyPoint}
                  picking={pick === 'assembly'}
                  onPick={(on) => setPick(on ? 'assembly' : null)}
                  onChanged={() => {
                    setAssemblyPoint(null);
                    assembly.refresh();
                  }}
                  version={version}
                />
              ) : null}
              {tab === 'here' ? (
                cell ? (
                  <PeopleAtList key={cell.join(',')} cell={cell} onOpen={setOpenPersonId} />
                ) : (
                  <p className="muted">Click a group of people on the map to list them here.</p>
                )
              ) : null}
              {tab === 'unplaced' ? (
                <UnplacedList
                  page={unplaced}
                  offset={unplacedOffset}
                  onOffsetChange={setUnplacedOffset}
                  onOpen={(row) => setOpenPersonId(row.id)}
                />
              ) : null}
              <ErrorAlert message={areas.error ?? assembly.error} />
            </div>
          </>
        )}
      </aside>
    </div>
  );
}
