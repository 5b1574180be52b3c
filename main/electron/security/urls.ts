/**
 * Which URLs may leave the app. Only links the app itself shows, and only https: and
 * mailto:, are handed to the operating system; everything else (file:, smb:, javascript:,
 * custom schemes that launch programs, http:) is refused.
 */
import { hasControlCharacter } from './text';

const MAX_URL_LENGTH = 2048;

export function isSafeExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return false;
  // Control characters and whitespace can hide a second URL from whoever reads it.
  if (hasControlCharacter(raw, true)) return false;
  // The URL parser reads `\` as `/` in https: links; what a person reads is something else.
  if (raw.includes('\\')) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') {
    // Credentials in a link are a classic disguise (https://bank.example@evil.example).
    return url.hostname.length > 0 && url.username === '' && url.password === '';
  }
  if (url.protocol === 'mailto:') {
    return url.pathname.length > 0 && !url.pathname.startsWith('/');
  }
  return false;
}
