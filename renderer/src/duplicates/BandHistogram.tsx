import type { BandCounts, MatchThresholds } from '../../../shared/match';

const HEIGHT = 64;

function bandOf(from: number, thresholds: MatchThresholds): 'auto_link' | 'review' | 'distinct' {
  if (from >= thresholds.autoLink) return 'auto_link';
  if (from >= thresholds.review) return 'review';
  return 'distinct';
}

/**
 * Stored pairs by weight, coloured by the band they would fall in. Heights are logarithmic:
 * the few hundred pairs near a threshold matter as much as the hundred thousand far below it.
 */
export function BandHistogram({
  histogram,
  thresholds,
}: {
  histogram: BandCounts['histogram'];
  thresholds: MatchThresholds;
}): React.JSX.Element | null {
  if (histogram.length === 0) return null;
  const sorted = [...histogram].sort((a, b) => a.from - b.from);
  const first = sorted[0]?.from ?? 0;
  const last = sorted[sorted.length - 1]?.from ?? 0;
  const span = last - first + 1;
  const peak = Math.log1p(Math.max(...sorted.map((b) => b.count)));
  return (
    <figure className="histogram">
      <svg
        viewBox={`0 0 ${span} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="histogram-chart"
        role="img"
        aria-label={`Pairs by match weight, from ${first} to ${last + 1}`}
      >
        {sorted.map((bucket) => {
          const h = peak === 0 ? 0 : (Math.log1p(bucket.count) / peak) * HEIGHT;
          return (
            <rect
              key={bucket.from}
              x={bucket.from - first + 0.08}
              width={0.84}
              y={HEIGHT - h}
              height={h}
              className={`histogram-bar band-${bandOf(bucket.from, thresholds)}`}
            >
              <title>{`${bucket.from} to ${bucket.from + 1}: ${bucket.count.toLocaleString()} pairs`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="histogram-axis">
        <span>{first}</span>
        <span>match weight</span>
        <span>{last + 1}</span>
      </figcaption>
    </figure>
  );
}
