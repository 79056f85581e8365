import { useCallback, useEffect, useState } from 'react';
import type { ImportBatch } from '../../../shared/imports';
import { call } from '../api';
import { describeError } from '../errorMessages';

export interface ImportHistoryState {
  batches: ImportBatch[] | null;
  error: string | null;
  /** Sources named before (imports and templates), most recent first, each once. */
  recentSources: string[];
  reload(): void;
  replace(batch: ImportBatch): void;
}

export function useImportHistory(): ImportHistoryState {
  const [batches, setBatches] = useState<ImportBatch[] | null>(null);
  const [templateSources, setTemplateSources] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    call('import.batches', {}).then(
      (list) => {
        if (!current) return;
        setBatches([...list].sort((a, b) => b.id - a.id));
        setError(null);
      },
      (err: unknown) => {
        if (current) setError(`The import history could not be read. ${describeError(err)}`);
      },
    );
    // Templates only add suggestions: without them the officer types the source.
    call('import.templates', {}).then(
      (templates) => {
        if (current) setTemplateSources(templates.map((t) => t.source));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const replace = useCallback(
    (batch: ImportBatch) => setBatches((list) => list?.map((b) => (b.id === batch.id ? batch : b)) ?? list),
    [],
  );
  const recentSources = [...new Set([...(batches ?? []).map((b) => b.source), ...templateSources])];
  return { batches, error, recentSources, reload, replace };
}
