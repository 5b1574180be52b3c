/**
 * Files handed to the app from outside (command-line argument, double-click, macOS
 * open-file, a second instance). The renderer only ever sees an opaque id and the file
 * name; the path stays here until the file service claims it (main/files).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { OpenRequest } from '../../shared/ipc/contract';

export const BOARD_FILE_EXTENSION = '.orgcanvas';
const MAX_PENDING = 64;

export class OpenRequestQueue {
  private readonly paths = new Map<string, string>();
  private pending: OpenRequest[] = [];

  constructor(private readonly newId: () => string = () => randomBytes(18).toString('base64url')) {}

  /** Queues a file; returns the request to announce, or null when the queue is full. */
  add(filePath: string): OpenRequest | null {
    if (this.pending.length >= MAX_PENDING) return null;
    const request: OpenRequest = { requestId: this.newId(), name: path.basename(filePath).slice(0, 255) || BOARD_FILE_EXTENSION };
    this.paths.set(request.requestId, filePath);
    this.pending.push(request);
    return request;
  }

  /** Requests not yet taken by the renderer; each is returned once. */
  take(): OpenRequest[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** The path behind an id, handed out once (the file service opens it). */
  claim(requestId: string): string | undefined {
    const filePath = this.paths.get(requestId);
    this.paths.delete(requestId);
    this.pending = this.pending.filter((request) => request.requestId !== requestId);
    return filePath;
  }
}
