// The people of a clicked cluster, read a page at a time from the engine ('map.peopleAt').
import { useEffect, useState } from 'react';
import type { BBox, PeopleAtResult } from '../../../shared/areas';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeMapError } from './mapErrors';
import { PersonList } from './PersonList';

export const PEOPLE_AT_PAGE_SIZE = 50;

/** Mount it with a `key` per cell: a new cell starts on its first page. */
export function PeopleAtList({ cell, onOpen }: { cell: BBox; onOpen(id: number): void }): React.JSX.Element {
  const [offset, setOffset] = useState(0);
  const [state, setState] = useState<{ result: PeopleAtResult | null; error: string | null } | null>(null);

  useEffect(() => {
    let alive = true;
    call('map.peopleAt', { bbox: cell, offset, limit: PEOPLE_AT_PAGE_SIZE }).then(
      (result) => alive && setState({ result, error: null }),
      (e: unknown) => alive && setState({ result: null, error: describeMapError(e) }),
    );
    return () => {
      alive = false;
    };
  }, [cell, offset]);

  // While the next page loads the current one stays, rather than the list collapsing.
  if (!state) return <p className="muted">Listing the people here…</p>;
  if (state.error || !state.result) return <ErrorAlert message={state.error} />;
  return (
    <>
      <p>
        <strong>{state.result.total.toLocaleString()}</strong>{' '}
        {state.result.total === 1 ? 'person' : 'people'} here
      </p>
      <PersonList
        label="People here"
        rows={state.result.rows}
        total={state.result.total}
        offset={offset}
        pageSize={PEOPLE_AT_PAGE_SIZE}
        onOffsetChange={setOffset}
        onOpen={onOpen}
      />
    </>
  );
}
