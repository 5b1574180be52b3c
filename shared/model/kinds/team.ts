/** A team: roles from several departments, through `member` and `leads`. */
import { defineKind, noFields } from './kindDef';

export const team = defineKind({
  kind: 'team', idPrefix: 'tm', size: { width: 260, height: 110 }, raciHolder: true, connects: true, drawing: 'card',
  ...noFields(),
  style: { accent: '#5b1a86', fill: '#f6effb', border: 'solid', glyph: '◆' },
});
