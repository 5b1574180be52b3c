/**
 * The built-in demo board: a Dutch mid-size bicycle maker halfway through its social media
 * set-up. It uses every node kind and relation kind, and is what a first start opens.
 */
import type { Board } from '../model/board';
import demoJson from './demo.json' with { type: 'json' };

/**
 * A fresh copy each call, so one caller's edits never reach another's demo.
 *
 * Not parsed at run time: the demo ships with the app, and a test checks that parsing it
 * gives back exactly this board (tests/shared/parse.test.ts). Parsing it here cost a cold
 * start ≈ 30 ms (building the schema, then the parse).
 */
export function demoBoard(): Board {
  return JSON.parse(JSON.stringify(demoJson)) as Board;
}
