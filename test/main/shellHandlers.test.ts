import { describe, expect, it, vi } from 'vitest';
import { createShellHandlers, withVaultExtension } from '../../electron/main/shellHandlers';

vi.mock('electron', () => ({}));

function setup(save: unknown, open: unknown, recent: string[] = []) {
  const dialogs = {
    showSave: vi.fn(async (_options: object) => save),
    showOpen: vi.fn(async (_options: object) => open),
  };
  const handlers = createShellHandlers({
    dialogs: dialogs as never,
    recent: { list: async () => recent, remember: async () => {} },
    version: '0.1.0',
    platform: 'linux',
    defaultFolder: () => '/home/officer/Documents',
  });
  return { handlers, dialogs };
}

describe('shell handlers', () => {
  it('reports the version, platform and recent vaults', async () => {
    const { handlers } = setup(null, null, ['/v/a.muster']);
    await expect(handlers['shell.appInfo']({})).resolves.toEqual({
      version: '0.1.0',
      platform: 'linux',
      recentVaults: ['/v/a.muster'],
    });
  });

  it('asks for a new vault file with the .muster filter and adds the extension when missing', async () => {
    const { handlers, dialogs } = setup({ canceled: false, filePath: '/v/embassy' }, null);
    await expect(handlers['shell.chooseNewVaultPath']({})).resolves.toBe('/v/embassy.muster');
    const options = dialogs.showSave.mock.calls[0]![0] as { filters: unknown; defaultPath: string };
    expect(options.filters).toEqual([{ name: 'Muster vault', extensions: ['muster'] }]);
    expect(options.defaultPath.startsWith('/home/officer/Documents')).toBe(true);
  });

  it('answers null when a dialog is cancelled', async () => {
    const { handlers } = setup({ canceled: true, filePath: '' }, { canceled: true, filePaths: [] });
    await expect(handlers['shell.chooseNewVaultPath']({})).resolves.toBeNull();
    await expect(handlers['shell.chooseExistingVaultPath']({})).resolves.toBeNull();
  });

  it('opens an existing vault file, starting from the latest one', async () => {
    const { handlers, dialogs } = setup(null, { canceled: false, filePaths: ['/v/old.muster'] }, [
      '/v/last.muster',
    ]);
    await expect(handlers['shell.chooseExistingVaultPath']({})).resolves.toBe('/v/old.muster');
    expect(dialogs.showOpen.mock.calls[0]![0]).toMatchObject({
      defaultPath: '/v/last.muster',
      properties: ['openFile'],
      filters: [{ name: 'Muster vault', extensions: ['muster'] }],
    });
  });

  it('opens an import file with the CSV, TSV, XLSX and JSON filters', async () => {
    const { handlers, dialogs } = setup(null, { canceled: false, filePaths: ['/d/roster.xlsx'] });
    await expect(handlers['shell.chooseImportFile']({})).resolves.toBe('/d/roster.xlsx');
    const options = dialogs.showOpen.mock.calls[0]![0] as {
      filters: { extensions: string[] }[];
      properties: string[];
    };
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters[0]!.extensions).toEqual(expect.arrayContaining(['csv', 'tsv', 'xlsx', 'json']));
  });

  it('answers null when the import dialog is cancelled', async () => {
    const { handlers } = setup(null, { canceled: true, filePaths: [] });
    await expect(handlers['shell.chooseImportFile']({})).resolves.toBeNull();
  });

  it('opens a crisis area file with the GeoJSON, KML, KMZ and zipped Shapefile filters', async () => {
    const { handlers, dialogs } = setup(null, { canceled: false, filePaths: ['/d/shakemap.kmz'] });
    await expect(handlers['shell.chooseAreaFile']({})).resolves.toBe('/d/shakemap.kmz');
    const options = dialogs.showOpen.mock.calls[0]![0] as {
      filters: { extensions: string[] }[];
      properties: string[];
      defaultPath: string;
    };
    expect(options.properties).toEqual(['openFile']);
    expect(options.defaultPath).toBe('/home/officer/Documents');
    expect(options.filters[0]!.extensions).toEqual(
      expect.arrayContaining(['geojson', 'json', 'kml', 'kmz', 'zip']),
    );
  });

  it('answers null when the area file dialog is cancelled', async () => {
    const { handlers } = setup(null, { canceled: true, filePaths: [] });
    await expect(handlers['shell.chooseAreaFile']({})).resolves.toBeNull();
  });

  it('asks where to save the rejects as CSV, suggesting a name in the documents folder', async () => {
    const { handlers, dialogs } = setup({ canceled: false, filePath: '/d/rejects-7' }, null);
    await expect(
      handlers['shell.chooseRejectsPath']({ suggestedName: '../../etc/rejects-7.csv' }),
    ).resolves.toBe('/d/rejects-7.csv');
    const options = dialogs.showSave.mock.calls[0]![0] as { defaultPath: string; filters: unknown };
    // Only the base name of the suggestion is used: it cannot steer the dialog to another folder.
    expect(options.defaultPath).toBe('/home/officer/Documents/rejects-7.csv');
    expect(options.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
  });

  it('answers null when the rejects dialog is cancelled', async () => {
    const { handlers } = setup({ canceled: true, filePath: '' }, null);
    await expect(handlers['shell.chooseRejectsPath']({ suggestedName: 'r.csv' })).resolves.toBeNull();
  });

  it('asks where to save an export, with the filter and extension of its format', async () => {
    const { handlers, dialogs } = setup({ canceled: false, filePath: '/d/manifest-port' }, null);
    await expect(
      handlers['shell.chooseExportPath']({ suggestedName: '../manifest-port.xlsx', extension: 'xlsx' }),
    ).resolves.toBe('/d/manifest-port.xlsx');
    const options = dialogs.showSave.mock.calls[0]![0] as { defaultPath: string; filters: unknown };
    expect(options.defaultPath).toBe('/home/officer/Documents/manifest-port.xlsx');
    expect(options.filters).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
  });

  it('adds the extension to a suggested name without one, and answers null when cancelled', async () => {
    const { handlers, dialogs } = setup({ canceled: true, filePath: '' }, null);
    await expect(
      handlers['shell.chooseExportPath']({ suggestedName: 'contacts', extension: 'vcf' }),
    ).resolves.toBeNull();
    const options = dialogs.showSave.mock.calls[0]![0] as { defaultPath: string };
    expect(options.defaultPath).toBe('/home/officer/Documents/contacts.vcf');
  });

  it('keeps an existing .muster extension whatever its case', () => {
    expect(withVaultExtension('/v/a.MUSTER')).toBe('/v/a.MUSTER');
    expect(withVaultExtension('/v/a.muster.bak')).toBe('/v/a.muster.bak.muster');
  });
});
