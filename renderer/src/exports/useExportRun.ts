// One export from the save dialog to its result: the destination is asked first, then the engine
// writes the file as a job that reports progress and can be cancelled.
import { useState } from 'react';
import type { JobProgress } from '../../../shared/domain';
import type { AggregateParams, ContactsParams, ExportResult, ManifestParams } from '../../../shared/exports';
import { call, isApiError, newRequestId, useJobProgress } from '../api';
import type { FileExtension } from './exportChoices';
import { describeExportError } from './exportErrors';

export type ExportRequest =
  | { kind: 'manifest'; params: Omit<ManifestParams, 'path'> }
  | { kind: 'contacts'; params: Omit<ContactsParams, 'path'> }
  | { kind: 'aggregate'; params: Omit<AggregateParams, 'path'> };

export type ExportRun =
  | { state: 'idle' }
  | { state: 'choosing' }
  | { state: 'running'; requestId: string; cancelling: boolean }
  | { state: 'done'; result: ExportResult }
  | { state: 'cancelled' };

export interface ExportRunState {
  run: ExportRun;
  progress: JobProgress | null;
  error: string | null;
  start(request: ExportRequest, file: { suggestedName: string; extension: FileExtension }): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
}

function send(request: ExportRequest, path: string, requestId: string): Promise<ExportResult> {
  const options = { requestId };
  switch (request.kind) {
    case 'manifest':
      return call('export.manifest', { ...request.params, path }, options);
    case 'contacts':
      return call('export.contacts', { ...request.params, path }, options);
    case 'aggregate':
      return call('export.aggregate', { ...request.params, path }, options);
  }
}

export function useExportRun(): ExportRunState {
  const [run, setRun] = useState<ExportRun>({ state: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const progress = useJobProgress(run.state === 'running' ? run.requestId : null);

  async function start(
    request: ExportRequest,
    file: { suggestedName: string; extension: FileExtension },
  ): Promise<void> {
    setError(null);
    setRun({ state: 'choosing' });
    let path: string | null;
    try {
      path = await call('shell.chooseExportPath', file);
    } catch (err) {
      setRun({ state: 'idle' });
      setError(`The save dialog could not open. ${describeExportError(err)}`);
      return;
    }
    if (path === null) {
      setRun({ state: 'idle' });
      return;
    }
    const requestId = newRequestId();
    setRun({ state: 'running', requestId, cancelling: false });
    try {
      setRun({ state: 'done', result: await send(request, path, requestId) });
    } catch (err) {
      if (isApiError(err, 'CANCELLED')) {
        setRun({ state: 'cancelled' });
        return;
      }
      setRun({ state: 'idle' });
      setError(`Nothing was exported. ${describeExportError(err)}`);
    }
  }

  async function cancel(): Promise<void> {
    if (run.state !== 'running') return;
    setRun({ ...run, cancelling: true });
    try {
      await call('job.cancel', { requestId: run.requestId });
    } catch (err) {
      setError(`The export could not be cancelled. ${describeExportError(err)}`);
    }
  }

  return { run, progress, error, start, cancel, reset: () => setRun({ state: 'idle' }) };
}
