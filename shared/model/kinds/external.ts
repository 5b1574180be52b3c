/** An external party (agency, freelancer): dashed, because it is outside the organisation. */
import { EXTERNAL_TYPES } from '../vocabulary';
import { defineKind, typeField } from './kindDef';

export const external = defineKind({
  kind: 'external', idPrefix: 'x', size: { width: 240, height: 90 }, raciHolder: true, connects: true, drawing: 'card',
  ...typeField('externalType', EXTERNAL_TYPES, 'other'),
  style: { accent: '#4e342e', fill: '#f7f3f1', border: 'dashed', glyph: '⬡' },
});
