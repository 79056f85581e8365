// Numbers the import screens show: counts, speeds and time left, in the officer's locale.

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString();
}

export function formatRate(rowsPerSecond: number): string {
  return `${formatCount(rowsPerSecond)} rows/s`;
}

export function formatEta(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `about ${s} s left`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  if (minutes < 60) return `about ${minutes} min ${rest.toString().padStart(2, '0')} s left`;
  return `about ${Math.floor(minutes / 60)} h ${(minutes % 60).toString().padStart(2, '0')} min left`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : timeFormat.format(date);
}

/** "people.csv" → "people-rejected.csv": the suggested name of the rejects file. */
export function rejectsFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '') || 'import';
  return `${base}-rejected.csv`;
}
