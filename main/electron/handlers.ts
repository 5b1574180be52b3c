/** Main's answers to the app-level requests of the contract (files: main/files). */
import type { HandlersOf } from '../../shared/ipc/define';
import type { AppInfo, OrgcanvasContract } from '../../shared/ipc/contract';
import type { OpenRequestQueue } from './openRequests';

export type AppHandlers = Pick<HandlersOf<OrgcanvasContract>, 'getAppInfo' | 'takeOpenRequests'>;

export function createAppHandlers(deps: { info: AppInfo; openRequests: OpenRequestQueue }): AppHandlers {
  return {
    getAppInfo: () => deps.info,
    takeOpenRequests: () => deps.openRequests.take(),
  };
}

export function platformName(platform: string): AppInfo['platform'] {
  return platform === 'linux' || platform === 'win32' || platform === 'darwin' ? platform : 'other';
}
