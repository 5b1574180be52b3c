/** A department: a container of roles, with a header band. */
import { DEPARTMENT_TYPES } from '../vocabulary';
import { defineKind, typeField } from './kindDef';

export const department = defineKind({
  kind: 'department', idPrefix: 'd', size: { width: 300, height: 220 }, raciHolder: true, connects: true, drawing: 'container',
  ...typeField('departmentType', DEPARTMENT_TYPES, 'other'),
  style: { accent: '#17406b', fill: '#eaf1f8', border: 'solid', glyph: '▦' },
});
