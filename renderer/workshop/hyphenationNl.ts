/** Dutch hyphenation patterns, a chunk of their own (named so), loaded by hyphenation.ts. */
export { hyphenateSync } from 'hyphen/nl';
