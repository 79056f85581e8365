// The vault's crisis areas, read again whenever one is created, changed or deleted.
import { useCallback, useEffect, useState } from 'react';
import type { CrisisArea } from '../../../shared/areas';
import { call } from '../api';
import { describeMapError } from './mapErrors';

export interface AreasState {
  areas: CrisisArea[];
  loaded: boolean;
  error: string | null;
  /** Reads the list again. */
  refresh(): void;
}

export function useAreas(): AreasState {
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<Omit<AreasState, 'refresh'>>({ areas: [], loaded: false, error: null });

  useEffect(() => {
    let alive = true;
    call('area.list', {}).then(
      (areas) => alive && setState({ areas, loaded: true, error: null }),
      (e: unknown) => alive && setState((s) => ({ ...s, loaded: true, error: describeMapError(e) })),
    );
    return () => {
      alive = false;
    };
  }, [revision]);

  const refresh = useCallback(() => setRevision((r) => r + 1), []);
  return { ...state, refresh };
}
