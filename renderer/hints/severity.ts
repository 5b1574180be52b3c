/** How each severity looks, everywhere hints appear (panel, badges). Colours are in hints.css. */
import type { Severity } from '../../shared/rules/types';

export const SEVERITY_GLYPH: Record<Severity, string> = { error: '!', warning: '▲', tip: 'i' };
