/**
 * The built-in demo board: a Dutch mid-size bicycle maker halfway through its social media
 * set-up. It uses every node kind and relation kind, and is what a first start opens, in the
 * interface's language: demo.json is its structure with the Dutch words, demo.en.ts the
 * English words laid over the same structure (boardTexts.ts).
 */
import type { Language } from '../i18n/languages';
import type { Board } from '../model/board';
import { withTexts } from './boardTexts';
import { DEMO_EN } from './demo.en';
import demoJson from './demo.json' with { type: 'json' };

/**
 * A fresh copy each call, so one caller's edits never reach another's demo. Dutch unless
 * asked otherwise: the file is Dutch, and callers that create a board for a user pass the
 * interface language.
 *
 * Not parsed at run time: the demo ships with the app, and a test checks that parsing it
 * gives back exactly this board, in both languages (tests/shared/parse.test.ts,
 * tests/shared/boards/bilingual.test.ts). Parsing it here cost a cold start ≈ 30 ms
 * (building the schema, then the parse).
 */
export function demoBoard(language: Language = 'nl'): Board {
  const board = JSON.parse(JSON.stringify(demoJson)) as Board;
  return language === 'en' ? withTexts(board, DEMO_EN) : board;
}
