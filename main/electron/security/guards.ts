/**
 * Guards applied to every web contents the app creates (see app.ts: 'web-contents-created'),
 * and the session's permission policy. Electron is passed in so the guards are unit-tested.
 */
import type { Session, Shell, WebContents } from 'electron';
import { isAppUrl } from '../origin';
import { isSafeExternalUrl } from './urls';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Navigation is always refused: the app is one page and never leaves it. New windows are
 * always refused; a link the app shows with target="_blank" to an https: or mailto: URL is
 * handed to the operating system instead.
 */
export function hardenWebContents(contents: GuardedContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/**
 * The only permissions the page may get, and only for the app's own top-level page:
 * - fullscreen: the facilitator's presentation mode on a projector;
 * - persistent-storage: `navigator.storage.persist()`, so Chromium never evicts the
 *   IndexedDB that holds the user's boards;
 * - clipboard-sanitized-write: writing (never reading) the clipboard, for "copy PNG" in the
 *   export dialog and copying a selection from a menu; Chromium sanitises what is written.
 * Everything else (camera, microphone, geolocation, notifications, clipboard READING,
 * MIDI, HID, serial, USB…) is denied, both when asked for and when checked.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, isMainFrame: boolean): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isMainFrame && isAppUrl(requestingUrl);
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    return isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame ?? false);
  });
  session.setDevicePermissionHandler(() => false);
}
