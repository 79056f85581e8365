import type { ImportCounts } from '../../../shared/imports';
import { ImportCountsList } from './ImportCountsList';
import { RejectsPanel } from './RejectsPanel';

interface ResultStepProps {
  batchId: number;
  fileName: string;
  source: string;
  counts: ImportCounts;
  onAnother(): void;
}

/** Step 4: what the import did to the vault, row by row accounted for. */
export function ResultStep({
  batchId,
  fileName,
  source,
  counts,
  onAnother,
}: ResultStepProps): React.JSX.Element {
  return (
    <div className="wizard-step">
      <div className="alert alert-success" role="status">
        Import finished: {fileName} from “{source}” is in the vault (import #{batchId}).
      </div>
      <ImportCountsList counts={counts} />
      {counts.rejected > 0 ? (
        <RejectsPanel batchId={batchId} fileName={fileName} rejected={counts.rejected} />
      ) : (
        <p className="muted">Every row was accepted.</p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </div>
  );
}
