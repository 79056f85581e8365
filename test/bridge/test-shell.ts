// The shell methods as the Electron main process answers them (its own handlers and its
// recent-vaults list), with the native dialogs replaced by a path the test chooses: the
// "dialog" returns it as an officer picking that file would.
import { readFileSync } from 'node:fs';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
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
  /** What the next "import a file" dialog returns (inside the vault folder); null plays a cancelled dialog. */
  setNextImportFile(path: string | null): void;
  /** What the next "save the rejects" dialog returns (inside the vault folder); null plays a cancelled dialog. */
  setNextRejectsPath(path: string | null): void;
  /** What the next "save the export" dialog returns (inside the vault folder); null plays a cancelled dialog. */
  setNextExportPath(path: string | null): void;
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

  let nextImportFile: string | null = null;
  let nextRejectsPath: string | null = null;
  let nextExportPath: string | null = null;

  // Each dialog is told apart by its file filters, as the officer tells them apart by their title.
  const isImport = (filters: OpenDialogOptions['filters']) =>
    filters?.some((f) => f.extensions.includes('xlsx')) === true;
  const isRejects = (filters: SaveDialogOptions['filters']) =>
    filters?.length === 1 && filters[0]?.extensions.join() === 'csv';
  // An export may be CSV too: its dialog is the one titled for exports.
  const isExport = (options: SaveDialogOptions) => options.title === 'Save the export';

  const dialogs: VaultDialogs = {
    showSave: async (options) => {
      const path = isExport(options)
        ? nextExportPath
        : isRejects(options.filters)
          ? nextRejectsPath
          : nextPath;
      return { canceled: path === null, filePath: path ?? '' };
    },
    showOpen: async (options) => {
      const path = isImport(options.filters) ? nextImportFile : nextPath;
      return { canceled: path === null, filePaths: path === null ? [] : [path] };
    },
  };

  const inside = (path: string | null, what: string): string | null => {
    if (path !== null && !contains(path)) {
      throw new Error(`The test bridge only hands out ${what} inside its vault folder.`);
    }
    return path === null ? null : resolve(vaultDir, path);
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
      nextPath = inside(path, 'vault paths');
    },
    setNextImportFile(path) {
      nextImportFile = inside(path, 'import files');
    },
    setNextRejectsPath(path) {
      nextRejectsPath = inside(path, 'rejects paths');
    },
    setNextExportPath(path) {
      nextExportPath = inside(path, 'export paths');
    },
  };
}
