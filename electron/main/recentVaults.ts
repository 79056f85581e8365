// The list of recently opened vault files, kept in the app's user-data folder so the
// unlock screen can offer them. Only file paths are stored: never names, passphrases or
// anything read from a vault.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';

export const RECENT_VAULTS_LIMIT = 8;

export interface RecentVaults {
  /** Most recent first; files that no longer exist are left out. */
  list(): Promise<string[]>;
  remember(path: string): Promise<void>;
}

export interface RecentVaultsOptions {
  /** The JSON file, e.g. `<userData>/recent-vaults.json`. */
  file: string;
  exists?: (path: string) => boolean;
}

function isPathList(value: unknown): value is { paths: string[] } {
  if (typeof value !== 'object' || value === null) return false;
  const paths = (value as { paths?: unknown }).paths;
  return Array.isArray(paths) && paths.every((p) => typeof p === 'string');
}

export function createRecentVaults(options: RecentVaultsOptions): RecentVaults {
  const exists = options.exists ?? existsSync;
  // Writes are chained so two quick opens cannot interleave and lose one of them.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<string[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(options.file, 'utf8'));
      return isPathList(parsed) ? parsed.paths.filter((p) => isAbsolute(p)) : [];
    } catch {
      // Missing or damaged: a convenience list, so start afresh rather than fail.
      return [];
    }
  }

  async function write(paths: string[]): Promise<void> {
    await mkdir(dirname(options.file), { recursive: true });
    const partial = `${options.file}.partial`;
    await writeFile(partial, `${JSON.stringify({ paths }, null, 2)}\n`, { mode: 0o600 });
    await rename(partial, options.file);
  }

  return {
    async list() {
      await queue;
      return (await read()).filter((p) => exists(p)).slice(0, RECENT_VAULTS_LIMIT);
    },
    remember(path) {
      if (!isAbsolute(path)) return Promise.resolve();
      const next = queue.then(async () => {
        const paths = (await read()).filter((p) => p !== path);
        await write([path, ...paths].slice(0, RECENT_VAULTS_LIMIT));
      });
      queue = next.catch(() => {});
      return next;
    },
  };
}
