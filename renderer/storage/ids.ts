/** Library board ids: also file names for the desktop mirror, so a safe alphabet only. */
export function newBoardId(): string {
  return `b-${crypto.randomUUID()}`;
}
