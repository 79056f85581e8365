import { useEffect, useState } from 'react';
import type { ImportMapping, ImportPreview } from '../../../shared/imports';
import { call } from '../api';
import { describeError } from '../errorMessages';
import { useDebouncedValue } from '../people/useDebouncedValue';

const DEBOUNCE_MS = 350;

export interface MappingPreview {
  preview: ImportPreview;
  /** A newer mapping is waiting for, or being turned into, a preview. */
  busy: boolean;
  error: string | null;
}

/**
 * Keeps the preview in step with the mapping being edited: asks the engine again once the
 * officer stops changing it, and drops answers to mappings that have since changed.
 * `mapping` is null while it is not valid enough to send.
 */
export function useMappingPreview(
  file: { path: string; source: string },
  initial: ImportPreview,
  mapping: ImportMapping | null,
): MappingPreview {
  const key = mapping === null ? null : JSON.stringify(mapping);
  const settledKey = useDebouncedValue(key, DEBOUNCE_MS);
  const [preview, setPreview] = useState(initial);
  const [previewedKey, setPreviewedKey] = useState(key);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (settledKey === null || settledKey === previewedKey) return undefined;
    let current = true;
    const params = {
      path: file.path,
      ...(file.source.trim() !== '' ? { source: file.source.trim() } : {}),
      mapping: JSON.parse(settledKey) as ImportMapping,
    };
    call('import.preview', params).then(
      (next) => {
        if (!current) return;
        setPreview(next);
        setPreviewedKey(settledKey);
        setError(null);
      },
      (err: unknown) => {
        if (!current) return;
        setPreviewedKey(settledKey);
        setError(`The preview could not be updated. ${describeError(err)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [settledKey, previewedKey, file.path, file.source]);

  return { preview, busy: key !== null && key !== previewedKey, error };
}
