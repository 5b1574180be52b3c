/**
 * The part of papaparse the import uses, typed here rather than through @types/papaparse:
 * those types pull in Node's (`/// <reference types="node" />`), and shared/ must see
 * neither Node nor DOM types (its tsconfig), so a Node API here stays a type error.
 */
declare module 'papaparse' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
  }
  export interface ParseResult {
    data: string[][];
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface ParseConfig {
    delimiter?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    preview?: number;
  }
  const Papa: { parse(input: string, config?: ParseConfig): ParseResult };
  export default Papa;
}
