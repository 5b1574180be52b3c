/** British English hyphenation patterns, a chunk of their own (named so), loaded by hyphenation.ts. */
export { hyphenateSync } from 'hyphen/en-gb';
