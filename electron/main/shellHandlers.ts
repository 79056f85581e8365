// The contract methods answered by the Electron shell itself rather than the engine.
import { basename, extname, join } from 'node:path';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { MethodResult, ParsedParams, ShellMethod } from '../../shared/contract';
import type { RecentVaults } from './recentVaults';

export const VAULT_EXTENSION = 'muster';
const VAULT_FILTERS = [{ name: 'Muster vault', extensions: [VAULT_EXTENSION] }];
export const IMPORT_FILTERS = [
  { name: 'Registrations and rosters', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'json'] },
  { name: 'CSV or TSV', extensions: ['csv', 'tsv', 'txt'] },
  { name: 'Excel workbook', extensions: ['xlsx'] },
  { name: 'JSON', extensions: ['json'] },
];
export const AREA_FILTERS = [
  { name: 'Crisis areas', extensions: ['geojson', 'json', 'kml', 'kmz', 'zip'] },
  { name: 'GeoJSON', extensions: ['geojson', 'json'] },
  { name: 'KML or KMZ', extensions: ['kml', 'kmz'] },
  { name: 'Zipped Shapefile', extensions: ['zip'] },
];
const REJECTS_FILTERS = [{ name: 'CSV', extensions: ['csv'] }];
type ExportExtension = ParsedParams<'shell.chooseExportPath'>['extension'];
export const EXPORT_FILTERS: Record<ExportExtension, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  vcf: { name: 'vCard', extensions: ['vcf'] },
};

export type ShellHandlers = {
  [M in ShellMethod]: (params: ParsedParams<M>) => Promise<MethodResult<M>>;
};

/** Native dialogs, already bound to the Muster window. */
export interface VaultDialogs {
  showSave(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpen(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface ShellDeps {
  dialogs: VaultDialogs;
  recent: RecentVaults;
  version: string;
  platform: string;
  /** Where dialogs open when there is no recent vault (the officer's documents folder). */
  defaultFolder: () => string;
}

/** GTK's save dialog does not add the extension of the chosen filter; make sure it is there. */
export function withVaultExtension(path: string): string {
  return extname(path).toLowerCase() === `.${VAULT_EXTENSION}` ? path : `${path}.${VAULT_EXTENSION}`;
}

/** The rejects export is CSV; GTK leaves the extension to the caller, as for vaults. */
export function withCsvExtension(path: string): string {
  return extname(path).toLowerCase() === '.csv' ? path : `${path}.csv`;
}

/** As for vaults: GTK leaves the extension of the chosen filter to the caller. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}

export function createShellHandlers(deps: ShellDeps): ShellHandlers {
  return {
    async 'shell.appInfo'() {
      return { version: deps.version, platform: deps.platform, recentVaults: await deps.recent.list() };
    },
    async 'shell.chooseNewVaultPath'() {
      const result = await deps.dialogs.showSave({
        title: 'Create a new vault',
        buttonLabel: 'Create vault',
        defaultPath: join(deps.defaultFolder(), `crisis.${VAULT_EXTENSION}`),
        filters: VAULT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      return withVaultExtension(result.filePath);
    },
    async 'shell.chooseExistingVaultPath'() {
      const [latest] = await deps.recent.list();
      const result = await deps.dialogs.showOpen({
        title: 'Open a vault',
        buttonLabel: 'Open vault',
        defaultPath: latest ?? deps.defaultFolder(),
        filters: VAULT_FILTERS,
        properties: ['openFile'],
      });
      if (result.canceled) return null;
      return result.filePaths[0] ?? null;
    },
    async 'shell.chooseImportFile'() {
      const result = await deps.dialogs.showOpen({
        title: 'Import registrations or a roster',
        buttonLabel: 'Import',
        defaultPath: deps.defaultFolder(),
        filters: IMPORT_FILTERS,
        properties: ['openFile'],
      });
      if (result.canceled) return null;
      return result.filePaths[0] ?? null;
    },
    async 'shell.chooseAreaFile'() {
      const result = await deps.dialogs.showOpen({
        title: 'Import a crisis area',
        buttonLabel: 'Import',
        defaultPath: deps.defaultFolder(),
        filters: AREA_FILTERS,
        properties: ['openFile'],
      });
      if (result.canceled) return null;
      return result.filePaths[0] ?? null;
    },
    async 'shell.chooseRejectsPath'({ suggestedName }) {
      const result = await deps.dialogs.showSave({
        title: 'Save the rejected rows',
        buttonLabel: 'Save',
        defaultPath: join(deps.defaultFolder(), withCsvExtension(basename(suggestedName) || 'rejects')),
        filters: REJECTS_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      return withCsvExtension(result.filePath);
    },
    async 'shell.chooseExportPath'({ suggestedName, extension }) {
      const result = await deps.dialogs.showSave({
        title: 'Save the export',
        buttonLabel: 'Export',
        defaultPath: join(
          deps.defaultFolder(),
          withExtension(basename(suggestedName) || 'export', extension),
        ),
        filters: [EXPORT_FILTERS[extension]],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      return withExtension(result.filePath, extension);
    },
  };
}
