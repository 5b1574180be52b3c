/**
 * What one node kind is, in one place (tldraw's `defineShape` is the model): its `data`
 * fields as zod, the data a new node starts with, its id prefix, look, default size, whether
 * it can hold a RACI letter, whether it connects at all and how an export draws it.
 *
 * The zod shape is a function, called when the board schema is first built (schema.ts), so a
 * start builds no schema; the node types are derived from its output (`KindData`).
 */
import { z } from 'zod';
import type { KindStyle } from '../../theme/theme';
import { LIMITS } from '../limits';
import { plainText } from '../text';

/** Text fields of the file format: words people read lose invisible controls (text.ts). */
export function textFields() {
  return {
    label: z.string().max(LIMITS.maxLabelChars).transform(plainText),
    text: z.string().max(LIMITS.maxTextChars).transform(plainText),
  };
}
export type TextFields = ReturnType<typeof textFields>;

/**
 * A kind's `data` as the parser gives it. A kind without fields has a record of fields this
 * build does not know (kept for a newer app, schema.ts).
 */
export type DataOf<Shape extends z.ZodRawShape> = [keyof Shape] extends [never]
  ? Record<string, unknown>
  : z.output<z.ZodObject<Shape>>;

/** What every kind says besides its data. */
export interface KindCommon {
  /** Prefix of the ids the app hands out (`d1`, `r2`…; edit/ids.ts). */
  idPrefix: string;
  style: KindStyle;
  /** Size of a node that has none stored (the file format leaves size to the app). */
  size: { width: number; height: number };
  /** Can hold a RACI letter on a task: a source of `responsible` and a column of the matrix. */
  raciHolder: boolean;
  /** False for a kind no relation may touch (a sticky note); relations.ts says which do. */
  connects: boolean;
  /**
   * How the canvas's look is drawn in an export (export/drawNode.ts): a container with a
   * header band, a card with glyph, label and type line, or bare text on a coloured sheet.
   * A `text` kind's label is its text: multi-line, and it carries no separate notes.
   */
  drawing: 'container' | 'card' | 'text';
}

/** One kind as `KINDS` holds it: what code that reads any kind may rely on. */
export interface KindDef<K extends string = string> extends KindCommon {
  kind: K;
  data: (fields: TextFields) => z.ZodRawShape;
  newData: (type: never) => object;
}

/** One kind as it is written, its types tied together (`defineKind`). */
export interface KindSpec<K extends string, Shape extends z.ZodRawShape, T extends string, H extends boolean> extends KindCommon {
  kind: K;
  /**
   * The `data` fields. A kind with none may leave `data` out of a file (it reads as `{}`);
   * fields the app does not know are kept either way (schema.ts).
   */
  data: (fields: TextFields) => Shape;
  /** The data of a new node; `type` is the palette item's type, when it has one. */
  newData: (type: T | undefined) => DataOf<Shape>;
  raciHolder: H;
}

/** A zod enum of `types`, as a named generic so `typeField` can name its type. */
const enumOf = <const T extends readonly [string, ...string[]]>(types: T) => z.enum(types);

/**
 * The data of a kind whose one field is its palette type (department, objective, external):
 * the field, and a new node's data (the palette item's type, else `fallback`).
 */
export function typeField<const F extends string, const T extends readonly [string, ...string[]]>(field: F, types: T, fallback: T[number]) {
  return {
    data: () => ({ [field]: enumOf(types) }) as { [P in F]: ReturnType<typeof enumOf<T>> },
    newData: (type: T[number] | undefined) => ({ [field]: type ?? fallback }) as { [P in F]: T[number] },
  };
}

/** The data of a kind without fields of its own (team, note): fields a newer app wrote are kept (schema.ts). */
export function noFields() {
  return { data: () => ({}), newData: () => ({}) };
}

/** A kind's definition, its types inferred: the shape, the palette's type, whether it holds RACI. */
export function defineKind<const K extends string, Shape extends z.ZodRawShape, T extends string = never, H extends boolean = boolean>(
  def: KindSpec<K, Shape, T, H>,
): KindSpec<K, Shape, T, H> {
  return def;
}
