import { useId, useState } from 'react';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { fileNameOf } from '../paths';

interface ChooseFileStepProps {
  path: string | null;
  source: string;
  /** Sources used before in this vault, most recent first. */
  recentSources: readonly string[];
  busy: boolean;
  error: string | null;
  onPath(path: string): void;
  onSource(source: string): void;
  onContinue(): void;
}

/** Step 1: which file, and which source it comes from (the source names every record's provenance). */
export function ChooseFileStep({
  path,
  source,
  recentSources,
  busy,
  error,
  onPath,
  onSource,
  onContinue,
}: ChooseFileStepProps): React.JSX.Element {
  const ids = useId();
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);

  async function choose(): Promise<void> {
    setChoosing(true);
    setChooseError(null);
    try {
      const chosen = await call('shell.chooseImportFile', {});
      if (chosen !== null) onPath(chosen);
    } catch (err) {
      setChooseError(describeError(err));
    } finally {
      setChoosing(false);
    }
  }

  const ready = path !== null && source.trim() !== '' && !busy;
  return (
    <form
      className="wizard-step form form-compact"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onContinue();
      }}
    >
      <div className="field">
        <span className="field-label" id={`${ids}-file-label`}>
          File
        </span>
        <div className="path-picker">
          <div className="path-value" aria-labelledby={`${ids}-file-label`} role="group">
            {path === null ? (
              <span className="muted">No file chosen. CSV, TSV, Excel (XLSX) or JSON.</span>
            ) : (
              <>
                <span className="path-name">{fileNameOf(path)}</span>
                <span className="path-full">{path}</span>
              </>
            )}
          </div>
          <button type="button" className="button" onClick={() => void choose()} disabled={choosing || busy}>
            {path === null ? 'Choose file…' : 'Choose another file…'}
          </button>
        </div>
        <ErrorAlert message={chooseError} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-source`}>Source</label>
        <input
          id={`${ids}-source`}
          type="text"
          value={source}
          maxLength={200}
          list={`${ids}-sources`}
          autoComplete="off"
          aria-describedby={`${ids}-source-hint`}
          onChange={(e) => onSource(e.target.value)}
        />
        <datalist id={`${ids}-sources`}>
          {recentSources.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <span className="field-hint" id={`${ids}-source-hint`}>
          Who the file comes from, e.g. “Ministry registrations” or an employer. Every record keeps it.
          {recentSources.length > 0 ? ` Used before: ${recentSources.slice(0, 3).join(', ')}.` : ''}
        </span>
      </div>
      <ErrorAlert message={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={!ready}>
          {busy ? 'Reading the file…' : 'Continue to column mapping'}
        </button>
      </div>
    </form>
  );
}
