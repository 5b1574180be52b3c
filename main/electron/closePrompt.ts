/**
 * The close prompt. When the page refuses to unload (a file-bound board with changes not
 * yet saved to its file: renderer/library sets `beforeunload`), Electron would silently
 * keep the window open — the user could not close it at all. Main asks instead, in a native
 * dialog, and lets the window close only when the user chooses to.
 *
 * The dialog speaks the language forced with --lang, else the system's, like the other
 * native dialogs (Open, Save) do.
 */
import type { BrowserWindow, Dialog, WebContents } from 'electron';
import { createI18n, type Language } from '../../shared/i18n';

const STAY = 0;
const LEAVE = 1;

export function askToLeave(dialog: Pick<Dialog, 'showMessageBoxSync'>, window: BrowserWindow | null, language: Language): boolean {
  const { t } = createI18n(language);
  const options = {
    type: 'warning' as const,
    title: t('desktop.closePrompt.title'),
    message: t('desktop.closePrompt.message'),
    detail: t('desktop.closePrompt.detail'),
    buttons: [t('desktop.closePrompt.stay'), t('desktop.closePrompt.leave')],
    // Enter and Escape keep the work: leaving takes a deliberate choice.
    defaultId: STAY,
    cancelId: STAY,
    noLink: true,
  };
  const choice = window ? dialog.showMessageBoxSync(window, options) : dialog.showMessageBoxSync(options);
  return choice === LEAVE;
}

/** Lets the page unload (window closes) only when `ask()` says the user chose to leave. */
export function promptBeforeUnload(contents: Pick<WebContents, 'on'>, ask: () => boolean): void {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault here cancels the page's refusal: the unload goes ahead.
    if (ask()) event.preventDefault();
  });
}
