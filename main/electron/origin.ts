/**
 * Where the app's page lives. NEVER CHANGE THESE VALUES.
 *
 * Chromium keys IndexedDB, localStorage and every other web storage by origin
 * (scheme + host + port). All boards a user ever made in the desktop app sit in IndexedDB
 * under `app://orgcanvas`. A different scheme or host — even a renamed one — would open an
 * empty database and every board would seem lost (it would still be on disk, unreachable).
 * If this must ever move, ship a migration that copies the old origin's data first.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'orgcanvas';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The URL the window loads; `lang` forces the UI language (the renderer reads `?lang=`). */
export function entryUrl(lang: 'en' | 'nl' | null): string {
  return lang ? `${APP_ENTRY_URL}?lang=${lang}` : APP_ENTRY_URL;
}

/**
 * The origin of a URL as Chromium sees it, or null. Node's URL reports `null` as the origin
 * of every non-special scheme (app: included), so main computes it itself. URLs carrying
 * credentials get no origin: nothing of ours ever has them.
 */
export function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password) return null;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  return parsed.origin === 'null' ? null : parsed.origin;
}

/** True for a URL of the app's own page (any path), compared by exact origin. */
export function isAppUrl(url: unknown): boolean {
  return originOf(url) === APP_ORIGIN;
}
