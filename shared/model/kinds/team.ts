/** A team: roles from several departments, through `member` and `leads`. */
import { defineKind } from './kindDef';

export const team = defineKind({
  kind: 'team',
  data: () => ({}),
  newData: () => ({}),
  idPrefix: 'tm',
  style: { accent: '#5b1a86', fill: '#f6effb', border: 'solid', glyph: '◆' },
  size: { width: 260, height: 110 },
  raciHolder: true,
  connects: true,
  drawing: 'card',
});
