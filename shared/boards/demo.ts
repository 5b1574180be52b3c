/**
 * The built-in demo board: a Dutch mid-size bicycle maker halfway through its social media
 * set-up. It uses every node kind and relation kind, and is what a first start opens.
 */
import type { Board } from '../model/board';
import { parseBoardValue } from '../model/parse';
import demoJson from './demo.json' with { type: 'json' };

/** A fresh copy each call, so one caller's edits never reach another's demo. */
export function demoBoard(): Board {
  const result = parseBoardValue(JSON.parse(JSON.stringify(demoJson)));
  // The demo ships with the app and is covered by tests; failing here is a build defect.
  if (!result.ok) throw new Error(`The built-in demo board is invalid: ${JSON.stringify(result.problems)}`);
  return result.value;
}
