/** A role: a person's job, with mandate and budget (what a lead needs, 000 #7). */
import { z } from 'zod';
import { ROLE_TYPES, type RoleType } from '../vocabulary';
import { defineKind } from './kindDef';

export const role = defineKind({
  kind: 'role', idPrefix: 'r', size: { width: 260, height: 132 }, raciHolder: true, connects: true, drawing: 'card',
  data: ({ label }) => ({
    roleType: z.enum(ROLE_TYPES),
    mandate: z.boolean().default(false),
    budget: z.boolean().default(false),
    person: label.optional(),
  }),
  newData: (type: RoleType | undefined) => ({ roleType: type ?? 'other', mandate: false, budget: false }),
  style: { accent: '#005c58', fill: '#ffffff', border: 'solid', glyph: '●' },
});
