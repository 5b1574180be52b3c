/** An external party (agency, freelancer): dashed, because it is outside the organisation. */
import { z } from 'zod';
import { EXTERNAL_TYPES, type ExternalType } from '../vocabulary';
import { defineKind } from './kindDef';

export const external = defineKind({
  kind: 'external',
  data: () => ({ externalType: z.enum(EXTERNAL_TYPES) }),
  newData: (type: ExternalType | undefined) => ({ externalType: type ?? 'other' }),
  idPrefix: 'x',
  style: { accent: '#4e342e', fill: '#f7f3f1', border: 'dashed', glyph: '⬡' },
  size: { width: 240, height: 90 },
  raciHolder: true,
  connects: true,
  drawing: 'card',
});
