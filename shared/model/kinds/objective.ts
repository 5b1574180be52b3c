/** An objective: what tasks serve. */
import { z } from 'zod';
import { OBJECTIVE_TYPES, type ObjectiveType } from '../vocabulary';
import { defineKind } from './kindDef';

export const objective = defineKind({
  kind: 'objective',
  data: () => ({ objectiveType: z.enum(OBJECTIVE_TYPES) }),
  newData: (type: ObjectiveType | undefined) => ({ objectiveType: type ?? 'sales-marketing' }),
  idPrefix: 'o',
  style: { accent: '#1d5e20', fill: '#f0f8f0', border: 'solid', glyph: '★' },
  size: { width: 260, height: 90 },
  raciHolder: false,
  connects: true,
  drawing: 'card',
});
