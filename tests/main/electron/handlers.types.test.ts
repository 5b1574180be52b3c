/**
 * Type-level: every request of the IPC contract has a handler in main, checked by `tsc -b`
 * (tests/tsconfig.json type-checks tests/). app.ts answers `AppHandlers` and main.ts must
 * return `ExtraHandlers`, the rest. The `@ts-expect-error` lines must be errors: if one
 * compiled, tsc would report the directive as unused and fail.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { AppConfig, ExtraHandlers } from '../../../main/electron/app';
import type { AppHandlers } from '../../../main/electron/handlers';
import type { FileHandlers } from '../../../main/files/handlers';
import type { OrgcanvasContract } from '../../../shared/ipc/contract';
import type { HandlersOf, InvokeKeys, InvokeSpec } from '../../../shared/ipc/define';

type MenuHandlers = ReturnType<typeof import('../../../main/electron/menu').menuLanguageHandler>;

describe('IPC handlers (type-level)', () => {
  it('splits the contract between app.ts and main.ts with nothing left over', () => {
    expectTypeOf<keyof AppHandlers | keyof ExtraHandlers>().toEqualTypeOf<InvokeKeys<OrgcanvasContract>>();
    // What main.ts hands in: the file service's handlers and the menu's language.
    expectTypeOf<FileHandlers & MenuHandlers>().toExtend<ExtraHandlers>();
  });

  it('refuses a main without a handler for a request', () => {
    const files = {} as FileHandlers;
    const menu = {} as MenuHandlers;
    const complete: AppConfig['extraHandlers'] = () => ({ ...files, ...menu });
    // @ts-expect-error setMenuLanguage has no handler
    const withoutMenu: AppConfig['extraHandlers'] = () => ({ ...files });
    const { fileOpen, ...rest } = files;
    // @ts-expect-error fileOpen has no handler
    const withoutFileOpen: AppConfig['extraHandlers'] = () => ({ ...rest, ...menu });
    void [complete, withoutMenu, withoutFileOpen, fileOpen];
  });

  it('makes a new request a type error until main answers it', () => {
    type Bigger = OrgcanvasContract & { exportBoard: InvokeSpec<z.ZodUndefined, z.ZodUndefined> };
    const today = {} as AppHandlers & ExtraHandlers;
    const enough: HandlersOf<OrgcanvasContract> = today;
    // @ts-expect-error exportBoard has no handler
    const notEnough: HandlersOf<Bigger> = today;
    void [enough, notEnough];
  });
});
