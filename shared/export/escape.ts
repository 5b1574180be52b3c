/**
 * Labels are untrusted (a board file can come from anyone). Every string that reaches an
 * export goes through here, so `<script>`, `onerror=`, `javascript:` and `]]>` stay text.
 */

/**
 * Characters XML 1.0 forbids (C0 controls except tab/newline/return, lone surrogates,
 * U+FFFE/U+FFFF): one of them makes the whole SVG unparseable, so they are dropped.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what XML cannot carry; the result is still raw text, not yet escaped. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes for element content and for double- or single-quoted attribute values alike.
 * Escaping `>` as well defuses `]]>`.
 */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
