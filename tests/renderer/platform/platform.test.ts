import { describe, expect, it, vi } from 'vitest';
import { desktopApi, isDesktop, platformInfo, subscribeOpenRequests } from '../../../renderer/platform/platform';

function fakeApi(pending: { requestId: string; name: string }[] = []) {
  let listener: ((request: { requestId: string; name: string }) => void) | undefined;
  const api = {
    getAppInfo: vi.fn(async () => ({ version: '0.1.0', platform: 'linux', forcedLanguage: null })),
    takeOpenRequests: vi.fn(async () => pending.splice(0)),
    onOpenRequest: vi.fn((l: typeof listener) => {
      listener = l;
      return () => (listener = undefined);
    }),
  };
  return { api, push: (request: { requestId: string; name: string }) => listener?.(request) };
}

describe('renderer platform', () => {
  it('finds the desktop bridge, and ignores an element clobbering window.orgcanvas', () => {
    const { api } = fakeApi();
    expect(desktopApi({ orgcanvas: api })).toBe(api);
    expect(desktopApi({})).toBeUndefined();
    expect(desktopApi({ orgcanvas: { tagName: 'DIV', id: 'orgcanvas' } })).toBeUndefined();
    expect(isDesktop({ orgcanvas: api })).toBe(true);
    expect(isDesktop({})).toBe(false);
  });

  it('reports desktop facts, or the browser with its ?lang=', async () => {
    const { api } = fakeApi();
    expect(await platformInfo({ orgcanvas: api })).toEqual({ kind: 'desktop', version: '0.1.0', platform: 'linux', forcedLanguage: null });
    expect(await platformInfo({ location: { search: '?lang=nl' } })).toEqual({ kind: 'browser', forcedLanguage: 'nl' });
    expect(await platformInfo({ location: { search: '?lang=fr' } })).toEqual({ kind: 'browser', forcedLanguage: null });
  });

  it('delivers files handed over before and after the page listened, until unsubscribed', async () => {
    const { api, push } = fakeApi([{ requestId: 'early0001', name: 'Start.orgcanvas' }]);
    const seen: string[] = [];
    const unsubscribe = subscribeOpenRequests((request) => seen.push(request.name), { orgcanvas: api });
    await vi.waitFor(() => expect(seen).toEqual(['Start.orgcanvas']));
    push({ requestId: 'later0001', name: 'Later.orgcanvas' });
    expect(seen).toEqual(['Start.orgcanvas', 'Later.orgcanvas']);
    unsubscribe();
    push({ requestId: 'after0001', name: 'After.orgcanvas' });
    expect(seen).toHaveLength(2);
  });

  it('does nothing in a browser', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeOpenRequests(listener, {});
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });
});
