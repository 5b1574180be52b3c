/**
 * The renderer's one way to reach the desktop app: `window.orgcanvas`, built by the
 * preload from shared/ipc/contract.ts. In the plain browser build (npm run web) it is
 * absent and every function here falls back to what a browser can do.
 */
import type { OrgcanvasApi } from '../../shared/ipc/api';
import type { AppInfo, OpenRequest } from '../../shared/ipc/contract';

type Scope = { orgcanvas?: unknown; location?: { search: string } };

/**
 * The desktop bridge, or undefined in a browser. A page element with id="orgcanvas" would
 * also appear as `window.orgcanvas` (named access on window), so the shape is checked.
 */
export function desktopApi(scope: Scope = globalThis as Scope): OrgcanvasApi | undefined {
  const candidate = scope.orgcanvas as Partial<OrgcanvasApi> | undefined;
  return candidate && typeof candidate === 'object' && typeof candidate.getAppInfo === 'function' ? (candidate as OrgcanvasApi) : undefined;
}

export function isDesktop(scope?: Scope): boolean {
  return desktopApi(scope) !== undefined;
}

export type PlatformInfo = ({ kind: 'desktop' } & AppInfo) | { kind: 'browser'; forcedLanguage: 'en' | 'nl' | null };

export async function platformInfo(scope: Scope = globalThis as Scope): Promise<PlatformInfo> {
  const api = desktopApi(scope);
  if (api) return { kind: 'desktop', ...(await api.getAppInfo()) };
  const lang = new URLSearchParams(scope.location?.search ?? '').get('lang');
  return { kind: 'browser', forcedLanguage: lang === 'en' || lang === 'nl' ? lang : null };
}

/**
 * Calls `listener` for every `.orgcanvas` file the user hands the desktop app from outside
 * (start argument, double-click, a second start), including those that arrived before the
 * page listened. In a browser nothing arrives this way (files are dropped or picked).
 */
export function subscribeOpenRequests(listener: (request: OpenRequest) => void, scope?: Scope): () => void {
  const api = desktopApi(scope);
  if (!api) return () => undefined;
  let active = true;
  // Listen first, then drain: a request arriving in between is queued in main and drained.
  const unsubscribe = api.onOpenRequest((request) => {
    if (active) listener(request);
  });
  void api.takeOpenRequests().then((pending) => {
    if (active) for (const request of pending) listener(request);
  });
  return () => {
    active = false;
    unsubscribe();
  };
}
