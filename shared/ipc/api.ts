/** The type of `window.orgcanvas`, derived from the contract, for the preload and the renderer. */
import type { ApiOf } from './define';
import type { OrgcanvasContract } from './contract';

export type OrgcanvasApi = ApiOf<OrgcanvasContract>;

/** The one global name the preload exposes. Changing it breaks every renderer build. */
export const API_GLOBAL = 'orgcanvas';
