/**
 * Every fast-check property in the unit suite runs on one fixed seed, so a run in CI gives
 * the same cases as the run before it: a fresh-clone run once failed one time in three on
 * a float compared without a tolerance, found by a new random seed (issue 23). fast-check
 * prints the seed and the path of a failing case, so a failure replays with
 * `{ seed, path }` in that assert's parameters.
 *
 * `npm run test:property` (scripts/property.mjs) explores wider: it runs the files with
 * properties again and again, each round on a random seed it prints first. Asserts that
 * give their own `seed` keep it (fast-check's per-call parameters win over the global ones).
 */
import fc from 'fast-check';

/** The CI seed; any fixed number serves, this one is the day it was fixed. */
export const FIXED_PROPERTY_SEED = 20261207;

const fromEnvironment = process.env.ORGCANVAS_PROPERTY_SEED;
const seed = fromEnvironment === undefined || fromEnvironment === '' ? FIXED_PROPERTY_SEED : Number(fromEnvironment);
if (!Number.isSafeInteger(seed)) throw new Error(`ORGCANVAS_PROPERTY_SEED must be an integer, not ${fromEnvironment}`);

fc.configureGlobal({ seed });
