/**
 * What the app's command line asks for: `--lang=en|nl` and `.orgcanvas` files to open.
 * Chromium and Electron add switches of their own; only ours are read, the rest ignored.
 */
import path from 'node:path';
import { BOARD_FILE_EXTENSION } from './openRequests';

export interface LaunchArgs {
  lang: 'en' | 'nl' | null;
  files: string[];
}

export function parseLaunchArgs(argv: readonly string[], workingDirectory: string): LaunchArgs {
  let lang: LaunchArgs['lang'] = null;
  const files: string[] = [];
  // argv[0] is the executable; in development argv[1] is the main script: neither is a file
  // to open, and neither ends in .orgcanvas, so the extension test below skips them.
  for (const arg of argv.slice(1)) {
    if (typeof arg !== 'string') continue;
    const langMatch = /^--lang=(en|nl)$/i.exec(arg);
    if (langMatch) {
      lang = langMatch[1].toLowerCase() as 'en' | 'nl';
      continue;
    }
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(BOARD_FILE_EXTENSION)) files.push(path.resolve(workingDirectory, arg));
  }
  return { lang, files };
}
