/** Texts the desktop app's main process shows itself, in native dialogs. */
export const desktop = {
  closePrompt: {
    title: 'Unsaved changes',
    message: 'Close without saving to the file?',
    detail: 'This board has changes that are not yet saved to its file.',
    leave: 'Close without saving',
    stay: 'Keep working',
  },
};
