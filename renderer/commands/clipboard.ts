/**
 * The system clipboard with a JSON payload, so a selection pastes into another board or
 * another OrgCanvas window. Keyboard copy/cut/paste use the DOM clipboard events (no
 * permission needed); menu and palette use navigator.clipboard, and when the permission
 * is missing (a sandboxed page, a denied prompt) an in-memory copy keeps paste working
 * within this window.
 */
import { parseClipboard, serializeClipboard, type ClipboardPayload } from '../../shared/edit';

let memory: string | null = null;

export function rememberClipboard(payload: ClipboardPayload): string {
  memory = serializeClipboard(payload);
  return memory;
}

export async function writeClipboard(payload: ClipboardPayload): Promise<void> {
  const text = rememberClipboard(payload);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No permission: the in-memory copy serves paste in this window.
  }
}

export async function readClipboard(): Promise<ClipboardPayload | undefined> {
  let text: string | null = null;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    text = null;
  }
  return payloadFrom(text) ?? payloadFrom(memory);
}

/** Text → payload, or undefined for text that is not an OrgCanvas selection. */
export function payloadFrom(text: string | null | undefined): ClipboardPayload | undefined {
  if (!text) return undefined;
  const parsed = parseClipboard(text);
  return parsed.ok ? parsed.payload : undefined;
}

export function memoryClipboard(): string | null {
  return memory;
}
