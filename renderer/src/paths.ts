// Vault paths come from the officer's own machine, so either separator may appear.
const SEPARATOR = /[\\/]/;

export function fileNameOf(path: string): string {
  const parts = path.split(SEPARATOR).filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}

export function folderOf(path: string): string {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return at <= 0 ? path.slice(0, at + 1) : path.slice(0, at);
}
