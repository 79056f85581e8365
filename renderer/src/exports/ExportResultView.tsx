// What was written: where, for how many people, who was left out and why, how it was sealed, and the
// fingerprint the audit trail keeps (to prove later which file left).
import type { ExportResult } from '../../../shared/exports';
import { formatCount } from '../import/format';

const SEALED: Record<ExportResult['sealed'], string> = {
  plain: 'Not encrypted (plain file)',
  passphrase: 'Encrypted with a passphrase (age)',
  recipients: 'Encrypted to the partners’ keys (age)',
};

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function ExportResultView({
  result,
  onAgain,
}: {
  result: ExportResult;
  onAgain(): void;
}): React.JSX.Element {
  const leftOut = result.leftOut.reduce((n, l) => n + l.count, 0);
  return (
    <section className="export-result" aria-labelledby="export-result-title">
      <h2 className="subsection-title" id="export-result-title">
        Export written
      </h2>
      <dl className="result-facts">
        <div>
          <dt>File</dt>
          <dd className="export-path" data-testid="export-path">
            {result.path}
          </dd>
        </div>
        <div>
          <dt>Profile</dt>
          <dd>{result.profile}</dd>
        </div>
        <div>
          <dt>People</dt>
          <dd className="cell-numbers">{formatCount(result.people)}</dd>
        </div>
        <div>
          <dt>Rows</dt>
          <dd className="cell-numbers">{formatCount(result.rows)}</dd>
        </div>
        <div>
          <dt>Left out</dt>
          <dd className="cell-numbers">
            {leftOut === 0 ? (
              'Nobody'
            ) : (
              <ul className="plain-list">
                {result.leftOut.map((l) => (
                  <li key={l.reason}>
                    {formatCount(l.count)}: {l.reason}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {result.suppressed > 0 ? (
          <div>
            <dt>Suppressed cells</dt>
            <dd className="cell-numbers">{formatCount(result.suppressed)} (too small to show safely)</dd>
          </div>
        ) : null}
        <div>
          <dt>Sealed</dt>
          <dd>{SEALED[result.sealed]}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd className="cell-numbers">{formatBytes(result.bytes)}</dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd>
            <code className="fingerprint">{result.sha256}</code>
          </dd>
        </div>
      </dl>
      <p className="muted">
        The export is recorded in the audit trail with this fingerprint, without any name.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onAgain}>
          New export
        </button>
      </div>
    </section>
  );
}
