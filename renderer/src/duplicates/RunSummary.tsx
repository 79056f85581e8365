import { Fragment } from 'react';
// What the last run found, in the numbers an officer reports upward, with the yield of each
// blocking rule for whoever tunes the matching.
import type { MatchRunSummary, MatchStatus } from '../../../shared/match';
import { formatWhen } from '../import/format';
import { formatMs, matchPhaseLabel } from './format';

function Stat({ label, value, id }: { label: string; value: number; id: string }): React.JSX.Element {
  return (
    <div className="stat" data-stat={id}>
      <dt>{label}</dt>
      <dd className="cell-numbers">{value.toLocaleString()}</dd>
    </div>
  );
}

/** A phase may run more than once (scoring a sample for the model, then every pair): one line each. */
function phaseTimes(phases: MatchRunSummary['phases']): MatchRunSummary['phases'] {
  const totals = new Map<MatchRunSummary['phases'][number]['phase'], number>();
  for (const p of phases) totals.set(p.phase, (totals.get(p.phase) ?? 0) + p.ms);
  return [...totals].map(([phase, ms]) => ({ phase, ms }));
}

export function RunSummary({
  run,
  decisions,
}: {
  run: MatchRunSummary;
  decisions: MatchStatus['decisions'];
}): React.JSX.Element {
  const decided = decisions.match + decisions.not_match;
  return (
    <section className="run-summary" aria-labelledby="run-summary-title">
      <div className="run-summary-head">
        <h2 className="subsection-title" id="run-summary-title">
          Last run
        </h2>
        <p className="muted">
          {run.mode === 'full' ? 'All records' : `${run.newRecords.toLocaleString()} new records`} ·{' '}
          <time dateTime={run.at}>{formatWhen(run.at)}</time> · took {formatMs(run.durationMs)}
        </p>
      </div>
      <dl className="stats">
        <Stat id="records" label="Records" value={run.records} />
        <Stat id="pairs" label="Pairs compared" value={run.pairsCompared} />
        <Stat id="links" label="Links" value={run.links} />
        <Stat id="clusters" label="Persons" value={run.clusters} />
        <Stat id="merged" label="Merged persons" value={run.mergedClusters} />
        <Stat id="review" label="To review" value={run.review} />
        <Stat id="decided" label="Decisions" value={decided} />
      </dl>
      {run.linksRefused > 0 ? (
        <p className="muted">
          {run.linksRefused.toLocaleString()} links were refused because they would have joined records that
          clearly belong to different people.
        </p>
      ) : null}
      <p className="rule-line">
        <span className="muted">New pairs per blocking rule: </span>
        {run.pairsByRule.map((r, i) => (
          <Fragment key={r.rule}>
            {i > 0 ? ' · ' : ''}
            <span className="rule-chip" data-rule={r.rule}>
              {r.rule} <strong className="cell-numbers">{r.pairs.toLocaleString()}</strong>
            </span>
          </Fragment>
        ))}
      </p>
      <details className="run-details">
        <summary>Blocking details and time per phase</summary>
        <div className="run-details-body">
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Candidate pairs per blocking rule</caption>
              <thead>
                <tr>
                  <th scope="col">Blocking rule</th>
                  <th scope="col" className="cell-numbers">
                    New pairs
                  </th>
                  <th scope="col" className="cell-numbers">
                    Oversize blocks
                  </th>
                  <th scope="col" className="cell-numbers">
                    Pairs skipped
                  </th>
                </tr>
              </thead>
              <tbody>
                {run.pairsByRule.map((r) => (
                  <tr key={r.rule}>
                    <td>
                      <code className="action">{r.rule}</code>
                    </td>
                    <td className="cell-numbers">{r.pairs.toLocaleString()}</td>
                    <td className="cell-numbers">{r.oversizeBlocks.toLocaleString()}</td>
                    <td className="cell-numbers">{r.skippedPairs.toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="phase-times">
            {phaseTimes(run.phases).map((p) => (
              <li key={p.phase}>
                {matchPhaseLabel(p.phase)}: <span className="cell-numbers">{formatMs(p.ms)}</span>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}
