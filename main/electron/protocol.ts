/**
 * The app:// protocol that serves the built renderer (dist/renderer) to the window.
 *
 * A custom, standard, secure scheme gives the page a stable origin (see origin.ts) and
 * lets main add the CSP header. The path guard refuses anything that could climb out of
 * the renderer folder before any file is touched: encoded dots or slashes, backslashes,
 * `.`/`..` segments, empty segments, NUL bytes, drive letters.
 */
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin';
import { CSP_HEADER } from './security/csp';
import { hasControlCharacter } from './security/text';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard + secure: a real origin with IndexedDB, a secure context; no bypassCSP.
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MAX_URL_LENGTH = 2048;

export type ResolvedPath = { ok: true; path: string } | { ok: false; reason: string };

/** Maps `app://orgcanvas/<path>` to a file inside `root`, or says why it refuses. */
export function resolveAppPath(root: string, requestUrl: string): ResolvedPath {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return { ok: false, reason: 'url too long' };
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (requestUrl.slice(0, prefix.length).toLowerCase() !== prefix) return { ok: false, reason: 'foreign origin' };
  let rawPath = requestUrl.slice(prefix.length);
  // A port, credentials or another host after the name would be a different origin.
  if (rawPath !== '' && !rawPath.startsWith('/')) return { ok: false, reason: 'foreign origin' };
  rawPath = rawPath.split(/[?#]/, 1)[0];
  if (rawPath === '' || rawPath === '/') rawPath = '/index.html';

  // Judge the raw text, before the URL parser or decoding can normalise a trick away.
  if (rawPath.includes('\\') || hasControlCharacter(rawPath)) return { ok: false, reason: 'control character or backslash' };
  if (/%(2e|2f|5c|00|25)/i.test(rawPath)) return { ok: false, reason: 'encoded dot, slash, backslash, NUL or percent' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, reason: 'malformed escape' };
  }
  if (/[\\:]/.test(decoded) || hasControlCharacter(decoded)) return { ok: false, reason: 'backslash, colon or control character' };
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return { ok: false, reason: 'empty, . or .. segment' };
  }

  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  if (!target.startsWith(base + path.sep)) return { ok: false, reason: 'outside the renderer folder' };
  return { ok: true, path: target };
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  // The line router (libavoid); compiled while it streams in only if served as wasm.
  '.wasm': 'application/wasm',
};

export function mimeType(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every answer carries, refusals included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CSP_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export interface ProtocolDeps {
  root: string;
  readFile: (filePath: string) => Promise<Uint8Array>;
  log?: (message: string) => void;
}

/** The handler for `protocol.handle('app', …)`. */
export function createAppProtocolHandler(deps: ProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = securityHeaders();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers });
    }
    const resolved = resolveAppPath(deps.root, request.url);
    if (!resolved.ok) {
      deps.log?.(`app:// refused ${JSON.stringify(request.url.slice(0, 200))}: ${resolved.reason}`);
      return new Response(null, { status: 403, headers });
    }
    let body: Uint8Array;
    try {
      body = await deps.readFile(resolved.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code;
      const status = code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 500;
      return new Response(null, { status, headers });
    }
    return new Response(request.method === 'HEAD' ? null : (body as ConstructorParameters<typeof Response>[0]), {
      status: 200,
      headers: { ...headers, 'Content-Type': mimeType(resolved.path) },
    });
  };
}
