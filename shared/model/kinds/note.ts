/** A workshop sticky note; its label is its text. Rules ignore it and nothing connects to it. */
import { defineKind, noFields } from './kindDef';

export const note = defineKind({
  kind: 'note', idPrefix: 'n', size: { width: 220, height: 140 }, raciHolder: false, connects: false, drawing: 'text',
  ...noFields(),
  style: { accent: '#6b5300', fill: '#fff3a8', border: 'solid', glyph: '✎' },
});
