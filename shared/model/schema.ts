/**
 * The zod schema of format v2 (v1 and its scenarios). Strict about types and vocabularies, loose about fields it
 * does not know (they are kept: a newer app's data survives a round trip through this one).
 * Cross-references (ids, edges, parents) are checked in parse.ts, after the shape is known.
 *
 * Built on the first parse, not when the module loads: building it is ≈ 20 ms of a cold start,
 * and a start parses nothing (the demo is checked by its tests, shared/boards/demo.ts).
 */
import { z } from 'zod';
import { CULTURES, MARKETS, NODE_KINDS, ORG_SIZES, RACI_LETTERS, type NodeKind } from './vocabulary';
import { RELATION_KINDS } from './board';
import { LIMITS } from './limits';
import { KINDS, textFields, type TextFields } from './kinds';
import { MAX_SCENARIOS } from './scenarios';

let built: ReturnType<typeof buildBoardSchema> | undefined;

/** The board's schema, built once on first use. */
export function boardSchema(): ReturnType<typeof buildBoardSchema> {
  return (built ??= buildBoardSchema());
}

function buildBoardSchema() {
  const coordinate = z.number().min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate);
  const dimension = z.number().min(1).max(LIMITS.maxCoordinate);
  const id = z.string().min(1).max(200);
  const fields = textFields();
  const { label, text } = fields;

  const nodeBase = {
    id,
    label,
    position: z.looseObject({ x: coordinate, y: coordinate }),
    parentId: id.optional(),
    width: dimension.optional(),
    height: dimension.optional(),
    notes: text.optional(),
  };

  // One member per kind, from its definition; a kind without data fields may leave `data` out.
  const kindSchema = <K extends NodeKind, Shape extends z.ZodRawShape>(def: { kind: K; data: (f: TextFields) => Shape }) => {
    const shape = def.data(fields);
    return z.looseObject({
      ...nodeBase,
      kind: z.literal(def.kind),
      // `{}` is an empty shape's whole output; zod cannot see that for a generic shape, hence `never`.
      data: Object.keys(shape).length ? z.looseObject(shape) : z.looseObject(shape).default({} as never),
    });
  };
  // Written out per kind so each member keeps its own type; `satisfies` names a missing kind.
  const members = {
    department: kindSchema(KINDS.department),
    role: kindSchema(KINDS.role),
    team: kindSchema(KINDS.team),
    task: kindSchema(KINDS.task),
    objective: kindSchema(KINDS.objective),
    external: kindSchema(KINDS.external),
    note: kindSchema(KINDS.note),
  } satisfies Record<NodeKind, unknown>;
  const nodeSchema = z.discriminatedUnion('kind', [
    members.department,
    ...NODE_KINDS.filter((kind) => kind !== 'department').map((kind) => members[kind]),
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

  const nodes = z.array(nodeSchema).max(LIMITS.maxNodes);
  const edges = z.array(edgeSchema).max(LIMITS.maxEdges);
  // A scenario off screen holds its own design; the one on screen is the board's nodes and edges.
  const scenarioSchema = z.looseObject({ id, name: label.default(''), nodes: nodes.optional(), edges: edges.optional() });
  const scenariosSchema = z.looseObject({ active: id, items: z.array(scenarioSchema).min(1).max(MAX_SCENARIOS) });

  return z.looseObject({
    format: z.literal('orgcanvas'),
    version: z.literal(2),
    profile: profileSchema,
    nodes,
    edges,
    scenarios: scenariosSchema.optional(),
  });
}
