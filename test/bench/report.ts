// Every benchmark figure is one JSON line on stdout, so runs can be compared by machines and people.
export interface Metric {
  metric: string;
  value: number;
  unit: string;
  n?: number;
  goal?: string;
  baseline?: number;
  ratio?: number;
}

export function report(m: Metric): void {
  process.stdout.write(JSON.stringify(m) + '\n');
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function peakRssMiB(): number {
  return round(process.resourceUsage().maxRSS / 1024, 0);
}
