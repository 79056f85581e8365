// The application menu: only what an officer needs, and no developer tools outside
// development.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  lockVault: () => void;
  showAbout: () => void;
}

export interface MenuSettings {
  isDev: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
}

export function buildMenuTemplate(settings: MenuSettings): MenuItemConstructorOptions[] {
  const { isDev, platform, actions } = settings;
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') {
    template.push({
      label: 'Muster',
      submenu: [{ label: 'About Muster', click: actions.showAbout }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        { id: 'lock-vault', label: 'Lock vault', accelerator: 'CmdOrCtrl+L', click: actions.lockVault },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
  );
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }];
  if (isDev) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  template.push({ label: 'View', submenu: view });
  template.push({ label: 'Help', submenu: [{ label: 'About Muster', click: actions.showAbout }] });
  return template;
}
