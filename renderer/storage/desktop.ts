/**
 * The desktop app's bridge (`window.orgcanvas`, made by the preload), or undefined in the
 * plain browser build. Storage code asks here instead of touching the global itself.
 */
import type { OrgcanvasApi } from '../../shared/ipc/api';

export function desktopApi(): OrgcanvasApi | undefined {
  return (globalThis as { orgcanvas?: OrgcanvasApi }).orgcanvas;
}
