// The vault's assembly points, and their markers on the map.
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useCallback, useEffect, useState } from 'react';
import type { AssemblyPoint } from '../../../shared/areas';
import { call } from '../api';
import { describeMapError } from './mapErrors';
import { assemblyMarkers } from './overlays';

export interface AssemblyPointsState {
  points: AssemblyPoint[];
  error: string | null;
  /** Reads the list again. */
  refresh(): void;
}

export function useAssemblyPoints(map: MapLibreMap | null): AssemblyPointsState {
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<{ points: AssemblyPoint[]; error: string | null }>({
    points: [],
    error: null,
  });

  useEffect(() => {
    let alive = true;
    call('assembly.list', {}).then(
      (points) => alive && setState({ points, error: null }),
      (e: unknown) => alive && setState((s) => ({ ...s, error: describeMapError(e) })),
    );
    return () => {
      alive = false;
    };
  }, [revision]);

  useEffect(() => {
    if (!map) return undefined;
    const markers: Marker[] = assemblyMarkers(map, state.points);
    return () => {
      for (const m of markers) m.remove();
    };
  }, [map, state.points]);

  const refresh = useCallback(() => setRevision((r) => r + 1), []);
  return { ...state, refresh };
}
