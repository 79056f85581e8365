import type { BrowserWindow, Dialog } from 'electron';

export function showAbout(
  dialog: Pick<Dialog, 'showMessageBox'>,
  window: BrowserWindow | null,
  version: string,
): void {
  const options = {
    type: 'info' as const,
    title: 'About Muster',
    message: `Muster ${version}`,
    detail:
      'Offline desktop app for consular crisis units: find, deduplicate, map and evacuate nationals.\n' +
      'Muster makes no network connections. Vault files are encrypted with your passphrase.\n\n' +
      // Required by the gazetteer's CC BY 4.0 licence (resources/gazetteer/LICENSE.md).
      'Place names and coordinates: GeoNames (www.geonames.org), CC BY 4.0.',
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
