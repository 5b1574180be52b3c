/**
 * Type-level: every catalogue command has exactly one behaviour, checked by `tsc -b` (which
 * type-checks tests/, tests/tsconfig.json), not by a throw at start. The `@ts-expect-error`
 * lines must be errors: if one compiled, tsc would report the directive as unused and fail.
 * Only types are imported from the renderer, so nothing registers here at run time.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { BuiltinCommandId, CommandId, FeatureCommandId } from '../../../shared/commands/commandList';
import type { Behaviour } from '../../../renderer/commands/registry';
import type { InsertKindId, NudgeId } from '../../../renderer/commands/builtins';

type Builtins = typeof import('../../../renderer/commands/builtins');
type RegisterFeature = typeof import('../../../renderer/commands/registry').registerFeatureCommands;

const behaviour: Behaviour = { perform: () => undefined };

describe('command ids (type-level)', () => {
  it('gives every built-in catalogue command a behaviour, and no behaviour to another id', () => {
    // The three tables of builtins.ts cover the built-in ids exactly.
    expectTypeOf<keyof Builtins['performs'] | keyof Builtins['NUDGES'] | InsertKindId>().toEqualTypeOf<BuiltinCommandId>();
    // A catalogue with one more built-in command: the behaviour table no longer satisfies it.
    type OneMore = Exclude<BuiltinCommandId, NudgeId | InsertKindId> | 'edit.frobnicate';
    // @ts-expect-error 'edit.frobnicate' has no behaviour
    const missing: Record<OneMore, Behaviour> = {} as Builtins['performs'];
    void missing;
  });

  it('makes a feature register exactly its catalogue commands', () => {
    expectTypeOf<FeatureCommandId<'library'>>().toEqualTypeOf<'file.open' | 'file.save' | 'file.saveAs' | 'file.rename'>();
    expectTypeOf<FeatureCommandId<'export'>>().toEqualTypeOf<'file.export' | 'view.raci' | 'view.compare'>();
    // Never called: these lines are for the compiler.
    const register = (registerFeatureCommands: RegisterFeature) => {
      registerFeatureCommands('export', { 'file.export': behaviour, 'view.raci': behaviour, 'view.compare': behaviour });
      // @ts-expect-error 'view.compare' lacks its behaviour
      registerFeatureCommands('export', { 'file.export': behaviour, 'view.raci': behaviour });
      // @ts-expect-error 'file.print' is no export command of the catalogue
      registerFeatureCommands('export', { 'file.export': behaviour, 'view.raci': behaviour, 'view.compare': behaviour, 'file.print': behaviour });
      // @ts-expect-error 'file.open' is the library's, not the export feature's
      registerFeatureCommands('export', { 'file.export': behaviour, 'view.raci': behaviour, 'view.compare': behaviour, 'file.open': behaviour });
    };
    void register;
  });

  it('refuses an id that is not in the catalogue', () => {
    const known: CommandId = 'edit.undo';
    // @ts-expect-error a typo is not a command id
    const typo: CommandId = 'edit.undoo';
    void [known, typo];
  });
});
