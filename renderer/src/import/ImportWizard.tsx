import { useEffect, useRef, useState } from 'react';
import type { ImportCounts, ImportPreview } from '../../../shared/imports';
import { call, isApiError, newRequestId, useJobProgress } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { ChooseFileStep } from './ChooseFileStep';
import { MappingStep, type RunRequest } from './MappingStep';
import { ResultStep } from './ResultStep';
import { RunStep } from './RunStep';
import { WizardSteps, type WizardStepId } from './WizardSteps';

type Stage =
  | { step: 'choose' }
  | { step: 'map'; preview: ImportPreview }
  | { step: 'run'; preview: ImportPreview; requestId: string; cancelling: boolean }
  | { step: 'cancelled'; preview: ImportPreview }
  | { step: 'result'; preview: ImportPreview; batchId: number; counts: ImportCounts };

const STEP_OF: Record<Stage['step'], WizardStepId> = {
  choose: 'choose',
  map: 'map',
  run: 'run',
  cancelled: 'run',
  result: 'result',
};

const HEADINGS: Record<Stage['step'], string> = {
  choose: 'Choose a file',
  map: 'Match the columns',
  run: 'Importing',
  cancelled: 'Import cancelled',
  result: 'Import result',
};

interface ImportWizardProps {
  recentSources: readonly string[];
  /** A batch was added to the vault: the history and counts should be read again. */
  onImported(): void;
}

/** Choose a file, check its mapping against a live preview, run it with a way out, see the result. */
export function ImportWizard({ recentSources, onImported }: ImportWizardProps): React.JSX.Element {
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [path, setPath] = useState<string | null>(null);
  const [source, setSource] = useState('');
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [lastRequest, setLastRequest] = useState<RunRequest | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const progress = useJobProgress(stage.step === 'run' ? stage.requestId : null);

  // Each step replaces the one before: move keyboard and screen-reader focus to its title.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [stage.step]);

  async function readFile(): Promise<void> {
    if (path === null) return;
    setReading(true);
    setError(null);
    try {
      const preview = await call('import.preview', { path, source: source.trim() });
      setLastRequest(null);
      setStage({ step: 'map', preview });
    } catch (err) {
      setError(`The file could not be read. ${describeError(err)}`);
    } finally {
      setReading(false);
    }
  }

  async function run(preview: ImportPreview, request: RunRequest): Promise<void> {
    if (path === null) return;
    const requestId = newRequestId();
    setLastRequest(request);
    setError(null);
    setStage({ step: 'run', preview, requestId, cancelling: false });
    try {
      const result = await call(
        'import.run',
        {
          path,
          source: source.trim(),
          mapping: request.mapping,
          ...(request.saveTemplate ? { saveTemplate: request.saveTemplate } : {}),
        },
        { requestId },
      );
      setStage({ step: 'result', preview, batchId: result.batchId, counts: result.counts });
      onImported();
    } catch (err) {
      if (isApiError(err, 'CANCELLED')) {
        setStage({ step: 'cancelled', preview });
        return;
      }
      setError(`The import failed and the vault is unchanged. ${describeError(err)}`);
      setStage({ step: 'map', preview });
    }
  }

  async function cancel(): Promise<void> {
    if (stage.step !== 'run') return;
    setStage({ ...stage, cancelling: true });
    try {
      await call('job.cancel', { requestId: stage.requestId });
    } catch (err) {
      setError(`The import could not be cancelled. ${describeError(err)}`);
    }
  }

  function startOver(): void {
    setPath(null);
    setError(null);
    setLastRequest(null);
    setStage({ step: 'choose' });
  }

  return (
    <section className="wizard" aria-labelledby="import-step-title">
      <WizardSteps current={STEP_OF[stage.step]} />
      <h2 className="subsection-title" id="import-step-title" ref={heading} tabIndex={-1}>
        {HEADINGS[stage.step]}
      </h2>
      {stage.step === 'choose' ? (
        <ChooseFileStep
          path={path}
          source={source}
          recentSources={recentSources}
          busy={reading}
          error={error}
          onPath={(p) => {
            setPath(p);
            setError(null);
          }}
          onSource={setSource}
          onContinue={() => void readFile()}
        />
      ) : null}
      {stage.step === 'map' ? (
        <>
          <ErrorAlert message={error} />
          <MappingStep
            file={{ path: path ?? '', source }}
            initial={stage.preview}
            restore={lastRequest}
            onBack={() => setStage({ step: 'choose' })}
            onRun={(request) => void run(stage.preview, request)}
          />
        </>
      ) : null}
      {stage.step === 'run' ? (
        <>
          <ErrorAlert message={error} />
          <RunStep
            fileName={stage.preview.fileName}
            progress={progress}
            cancelling={stage.cancelling}
            onCancel={() => void cancel()}
          />
        </>
      ) : null}
      {stage.step === 'cancelled' ? (
        <div className="wizard-step">
          <div className="alert alert-info" role="status">
            <p className="alert-title">Import cancelled. The vault is unchanged.</p>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => setStage({ step: 'map', preview: stage.preview })}
            >
              Back to column mapping
            </button>
            <button type="button" className="button" onClick={startOver}>
              Choose another file
            </button>
          </div>
        </div>
      ) : null}
      {stage.step === 'result' ? (
        <ResultStep
          batchId={stage.batchId}
          fileName={stage.preview.fileName}
          source={source.trim()}
          counts={stage.counts}
          onAnother={startOver}
        />
      ) : null}
    </section>
  );
}
