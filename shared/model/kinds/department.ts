/** A department: a container of roles, with a header band. */
import { z } from 'zod';
import { DEPARTMENT_TYPES, type DepartmentType } from '../vocabulary';
import { defineKind } from './kindDef';

export const department = defineKind({
  kind: 'department',
  data: () => ({ departmentType: z.enum(DEPARTMENT_TYPES) }),
  newData: (type: DepartmentType | undefined) => ({ departmentType: type ?? 'other' }),
  idPrefix: 'd',
  style: { accent: '#17406b', fill: '#eaf1f8', border: 'solid', glyph: '▦' },
  size: { width: 300, height: 220 },
  raciHolder: true,
  connects: true,
  drawing: 'container',
});
