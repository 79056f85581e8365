// Everything a page could use to leave the app or reach the system is refused here:
// the window shows Muster's own files and nothing else, and asks for no device.
import type { Session, WebContents } from 'electron';

function deny(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/** Installed on every WebContents the app creates (see `web-contents-created`). */
export function installWebContentsGuards(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  // The UI routes inside the page; any real navigation is either a bug or an attack.
  contents.on('will-navigate', deny);
  contents.on('will-frame-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-attach-webview', deny);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function installSessionGuards(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
  >,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Exports are written by the engine through a save dialog, never by the browser.
  session.on('will-download', deny);
}
