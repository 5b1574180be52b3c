/** Pure board edits: board in, board out. The renderer's store calls these via changeBoard. */
export * from './arrange';
export * from './clipboard';
export * from './connect';
export * from './containment';
export * from './ids';
export * from './nodes';
