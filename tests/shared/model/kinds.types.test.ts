/**
 * Type-level: every node kind has exactly one definition in `KINDS`, and the node types
 * derived from the definitions' zod shapes are the ones the rest of the app was written
 * against. Checked by `tsc -b` (tests/tsconfig.json); each `@ts-expect-error` line must be an
 * error, or tsc reports the directive as unused and fails.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DepartmentType, ExternalType, NodeKind, ObjectiveType, RoleType, TaskLevel, TaskType } from '../../../shared/model/vocabulary';
import type { BoardNode, NodeOfKind } from '../../../shared/model/board';
import { HOLDER_KINDS, KINDS, type HolderKind, type KindDef } from '../../../shared/model/kinds';
import type { NodeTemplate } from '../../../shared/edit';
import type { KIND_SECTIONS } from '../../../renderer/inspector/kindSections';
import type { InsertKindId } from '../../../renderer/commands/builtins';
import type { BuiltinCommandId } from '../../../shared/commands/commandList';
import type { RelationKind } from '../../../shared/model/board';
import { RELATIONS, type RelationDef } from '../../../shared/model/relationKinds';
import { RELATION_STYLES } from '../../../shared/theme/theme';

describe('node kinds (type-level)', () => {
  it('defines every kind exactly once', () => {
    expectTypeOf<keyof typeof KINDS>().toEqualTypeOf<NodeKind>();
    // A kind list with one more kind: KINDS no longer covers it.
    // @ts-expect-error 'sticky-vote' has no definition
    const missing: Record<NodeKind | 'sticky-vote', KindDef> = KINDS;
    void missing;
    // The renderer's per-kind tables and the insert commands cover the kinds the same way.
    expectTypeOf<keyof typeof KIND_SECTIONS>().toEqualTypeOf<NodeKind>();
    expectTypeOf<InsertKindId>().toExtend<BuiltinCommandId>();
  });

  it('derives the node types from the zod shapes', () => {
    expectTypeOf<BoardNode['kind']>().toEqualTypeOf<NodeKind>();
    expectTypeOf<NodeOfKind<'department'>['data']>().toEqualTypeOf<{ departmentType: DepartmentType }>();
    expectTypeOf<NodeOfKind<'role'>['data']>().toEqualTypeOf<{ roleType: RoleType; mandate: boolean; budget: boolean; person?: string | undefined }>();
    expectTypeOf<NodeOfKind<'task'>['data']>().toEqualTypeOf<{ taskType: TaskType; level?: TaskLevel | undefined; kpi?: string | undefined }>();
    expectTypeOf<NodeOfKind<'objective'>['data']>().toEqualTypeOf<{ objectiveType: ObjectiveType }>();
    expectTypeOf<NodeOfKind<'external'>['data']>().toEqualTypeOf<{ externalType: ExternalType }>();
    expectTypeOf<NodeOfKind<'team'>['data']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<NodeOfKind<'note'>['data']>().toEqualTypeOf<Record<string, unknown>>();
    // A palette template of a typed kind takes that kind's types only; untyped kinds take none.
    expectTypeOf<{ kind: 'role'; type: 'analyst' }>().toExtend<NodeTemplate>();
    // @ts-expect-error 'pr-agency' is an external party's type, not a role's
    const wrongType: NodeTemplate = { kind: 'role', type: 'pr-agency' };
    // @ts-expect-error a team has no types
    const untyped: NodeTemplate = { kind: 'team', type: 'other' };
    void wrongType;
    void untyped;
  });

  it('holds RACI letters on the kinds whose definition says so', () => {
    expectTypeOf<HolderKind>().toEqualTypeOf<'department' | 'role' | 'team' | 'external'>();
    expect([...HOLDER_KINDS].sort()).toEqual(['department', 'external', 'role', 'team']);
  });

  it('defines every relation kind exactly once, and the line styles are read off it', () => {
    expectTypeOf<keyof typeof RELATIONS>().toEqualTypeOf<RelationKind>();
    // @ts-expect-error 'endorses' has no definition
    const missing: Record<RelationKind | 'endorses', RelationDef> = RELATIONS;
    void missing;
    for (const kind of Object.keys(RELATIONS) as RelationKind[]) expect(RELATION_STYLES[kind]).toBe(RELATIONS[kind].style);
  });
});
