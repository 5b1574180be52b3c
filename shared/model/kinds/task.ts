/** A task: what the RACI letters are about; its level follows its type unless overridden. */
import { z } from 'zod';
import { TASK_LEVELS, TASK_TYPES, type TaskType } from '../vocabulary';
import { defineKind } from './kindDef';

export const task = defineKind({
  kind: 'task', idPrefix: 't', size: { width: 260, height: 120 }, raciHolder: false, connects: true, drawing: 'card',
  data: ({ text }) => ({
    taskType: z.enum(TASK_TYPES as [TaskType, ...TaskType[]]),
    level: z.enum(TASK_LEVELS).optional(),
    kpi: text.optional(),
  }),
  newData: (type: TaskType | undefined) => ({ taskType: type ?? 'other' }),
  style: { accent: '#8f3b00', fill: '#fff7f0', border: 'solid', glyph: '■' },
});
