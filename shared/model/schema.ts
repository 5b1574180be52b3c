/**
 * The zod schema of format v1. Strict about types and vocabularies, loose about fields it
 * does not know (they are kept: a newer app's data survives a round trip through this one).
 * Cross-references (ids, edges, parents) are checked in parse.ts, after the shape is known.
 *
 * Built on the first parse, not when the module loads: building it is ≈ 20 ms of a cold start,
 * and a start parses nothing (the demo is checked by its tests, shared/boards/demo.ts).
 */
import { z } from 'zod';
import {
  CULTURES,
  DEPARTMENT_TYPES,
  EXTERNAL_TYPES,
  MARKETS,
  OBJECTIVE_TYPES,
  ORG_SIZES,
  RACI_LETTERS,
  ROLE_TYPES,
  TASK_LEVELS,
  TASK_TYPES,
} from './catalogue';
import { RELATION_KINDS } from './board';
import { LIMITS } from './limits';
import { plainText } from './text';

let built: ReturnType<typeof buildBoardSchema> | undefined;

/** The board's schema, built once on first use. */
export function boardSchema(): ReturnType<typeof buildBoardSchema> {
  return (built ??= buildBoardSchema());
}

function buildBoardSchema() {
  const coordinate = z.number().min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate);
  const dimension = z.number().min(1).max(LIMITS.maxCoordinate);
  const id = z.string().min(1).max(200);
  // Words people read lose the invisible controls that would show differently per view (text.ts).
  const label = z.string().max(LIMITS.maxLabelChars).transform(plainText);
  const text = z.string().max(LIMITS.maxTextChars).transform(plainText);

  const nodeBase = {
    id,
    label,
    position: z.looseObject({ x: coordinate, y: coordinate }),
    parentId: id.optional(),
    width: dimension.optional(),
    height: dimension.optional(),
    notes: text.optional(),
  };

  const emptyData = z.looseObject({}).default({});

  const nodeSchema = z.discriminatedUnion('kind', [
    z.looseObject({
      ...nodeBase,
      kind: z.literal('department'),
      data: z.looseObject({ departmentType: z.enum(DEPARTMENT_TYPES) }),
    }),
    z.looseObject({
      ...nodeBase,
      kind: z.literal('role'),
      data: z.looseObject({
        roleType: z.enum(ROLE_TYPES),
        mandate: z.boolean().default(false),
        budget: z.boolean().default(false),
        person: label.optional(),
      }),
    }),
    z.looseObject({ ...nodeBase, kind: z.literal('team'), data: emptyData }),
    z.looseObject({
      ...nodeBase,
      kind: z.literal('task'),
      data: z.looseObject({
        taskType: z.enum(TASK_TYPES as [string, ...string[]]),
        level: z.enum(TASK_LEVELS).optional(),
        kpi: text.optional(),
      }),
    }),
    z.looseObject({
      ...nodeBase,
      kind: z.literal('objective'),
      data: z.looseObject({ objectiveType: z.enum(OBJECTIVE_TYPES) }),
    }),
    z.looseObject({
      ...nodeBase,
      kind: z.literal('external'),
      data: z.looseObject({ externalType: z.enum(EXTERNAL_TYPES) }),
    }),
    z.looseObject({ ...nodeBase, kind: z.literal('note'), data: emptyData }),
  ]);

  const edgeSchema = z.looseObject({
    id,
    kind: z.enum(RELATION_KINDS),
    source: id,
    target: id,
    data: z.looseObject({ raci: z.enum(RACI_LETTERS).default('R') }).optional(),
  });

  const profileSchema = z.looseObject({
    name: label.default(''),
    size: z.enum(ORG_SIZES),
    market: z.enum(MARKETS),
    culture: z.enum(CULTURES),
  });

  return z.looseObject({
    format: z.literal('orgcanvas'),
    version: z.literal(1),
    profile: profileSchema,
    nodes: z.array(nodeSchema).max(LIMITS.maxNodes),
    edges: z.array(edgeSchema).max(LIMITS.maxEdges),
  });
}
