/** An objective: what tasks serve. */
import { OBJECTIVE_TYPES } from '../vocabulary';
import { defineKind, typeField } from './kindDef';

export const objective = defineKind({
  kind: 'objective', idPrefix: 'o', size: { width: 260, height: 90 }, raciHolder: false, connects: true, drawing: 'card',
  ...typeField('objectiveType', OBJECTIVE_TYPES, 'sales-marketing'),
  style: { accent: '#1d5e20', fill: '#f0f8f0', border: 'solid', glyph: '★' },
});
