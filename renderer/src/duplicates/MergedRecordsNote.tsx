// In the People panel: whether this person was merged from several source records, with a way
// into the merged-person view (survivor values, policy, unmerge).
import { useEffect, useState } from 'react';
import type { ClusterView } from '../../../shared/match';
import { call } from '../api';
import { MergedPersonDialog } from './MergedPersonDialog';

interface MergedRecordsNoteProps {
  id: number;
  /** Persons changed from the dialog (an unmerge): the People table may need reading again. */
  onChanged(): void;
}

export function MergedRecordsNote({ id, onChanged }: MergedRecordsNoteProps): React.JSX.Element | null {
  const [cluster, setCluster] = useState<ClusterView | null>(null);
  const [open, setOpen] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    // A failure stays silent here: the note is extra information, the panel must not fill with
    // errors because duplicate finding has not run; the Duplicates section reports its own errors.
    call('match.cluster', { id }).then(
      (c) => {
        if (live) setCluster(c);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, version]);

  if (cluster === null) return null;
  const others = cluster.records.length - 1;
  return (
    <section aria-labelledby="person-duplicates">
      <h3 className="panel-subheading" id="person-duplicates">
        Duplicates
      </h3>
      <p className={others === 0 ? 'muted' : undefined}>
        {others === 0
          ? 'No other record is merged into this person.'
          : `Merged from ${cluster.records.length.toLocaleString()} source records.`}
      </p>
      <p>
        <button type="button" className="button button-small" onClick={() => setOpen(true)}>
          {others === 0 ? 'Open merged-person view' : 'Show merged records'}
        </button>
      </p>
      {open ? (
        <MergedPersonDialog
          recordId={id}
          onClose={() => {
            setOpen(false);
            setVersion((v) => v + 1);
          }}
          onChanged={onChanged}
        />
      ) : null}
    </section>
  );
}
