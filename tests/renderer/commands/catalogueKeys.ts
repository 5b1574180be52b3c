/** Look a dotted key up in a language's resources (no i18next needed). */
import { resources } from '../../../shared/i18n';

export function en(key: string, language: 'en' | 'nl'): unknown {
  let node: unknown = resources[language].translation;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}
