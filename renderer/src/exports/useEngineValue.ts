// A value read from the engine once, and again on request: the dashboard, profiles and the fields they
// may choose, the address book, assembly points.
import { useCallback, useEffect, useState } from 'react';
import type { MethodName, MethodParams, MethodResult } from '../../../shared/contract';
import { call } from '../api';
import { describeExportError } from './exportErrors';

type ReadMethod =
  'export.profiles' | 'profile.fields' | 'addressBook.list' | 'assembly.list' | 'status.dashboard';

export interface EngineValueState<M extends MethodName> {
  value: MethodResult<M> | null;
  error: string | null;
  reload(): void;
}

export function useEngineValue<M extends ReadMethod>(method: M, what: string): EngineValueState<M> {
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<{ value: MethodResult<M> | null; error: string | null }>({
    value: null,
    error: null,
  });

  useEffect(() => {
    let alive = true;
    (call(method, {} as MethodParams<M>) as Promise<MethodResult<M>>).then(
      (value) => alive && setState({ value, error: null }),
      (e: unknown) =>
        alive && setState((s) => ({ ...s, error: `${what} could not be read. ${describeExportError(e)}` })),
    );
    return () => {
      alive = false;
    };
  }, [method, what, revision]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { ...state, reload };
}
