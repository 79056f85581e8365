// The shell methods as the Electron main process answers them (its own handlers and its
// recent-vaults list), with the native dialogs replaced by a path the test chooses: the
// "dialog" returns it as an officer picking that file would.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createRecentVaults, type RecentVaults } from '../../electron/main/recentVaults';
import {
  createShellHandlers,
  type ShellHandlers,
  type VaultDialogs,
} from '../../electron/main/shellHandlers';

export interface TestShell {
  handlers: ShellHandlers;
  recent: RecentVaults;
  /** What the next "new vault" / "open vault" dialog returns; null plays a cancelled dialog. */
  setNextVaultPath(path: string | null): void;
  /** Whether `path` lies inside the test's vault folder. */
  contains(path: string): boolean;
}

function appVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
    ? pkg.version
    : '0.0.0';
}

export function createTestShell(options: { vaultDir: string; stateDir: string }): TestShell {
  const vaultDir = resolve(options.vaultDir);
  let nextPath: string | null = join(vaultDir, 'e2e.muster');

  const contains = (path: string): boolean => {
    const rel = relative(vaultDir, resolve(vaultDir, path));
    return rel !== '' && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
  };

  const dialogs: VaultDialogs = {
    showSave: async () => ({ canceled: nextPath === null, filePath: nextPath ?? '' }),
    showOpen: async () => ({ canceled: nextPath === null, filePaths: nextPath === null ? [] : [nextPath] }),
  };
  const recent = createRecentVaults({ file: join(options.stateDir, 'recent-vaults.json') });

  return {
    handlers: createShellHandlers({
      dialogs,
      recent,
      version: appVersion(),
      platform: process.platform,
      defaultFolder: () => vaultDir,
    }),
    recent,
    contains,
    setNextVaultPath(path) {
      if (path !== null && !contains(path)) {
        throw new Error('The test bridge only hands out vault paths inside its vault folder.');
      }
      nextPath = path === null ? null : resolve(vaultDir, path);
    },
  };
}
