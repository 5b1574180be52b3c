/**
 * The save state of the open board. "Saved" appears only after IndexedDB committed; an
 * error stays on screen (role=alert) until a later save succeeds, and offers a file copy.
 * A quick save is not announced (storage/shownSaveStatus.ts); `data-save-state` always
 * carries the save's own state, for tests and tools that wait for a commit.
 */
import { useTranslation } from 'react-i18next';
import { storageErrorText } from '../storage/errors';
import { useSaveStatus } from '../storage/saveStatus';
import { saveAsCommand } from './fileCommands';
import { formatTime } from './dates';

export function SaveIndicator() {
  const { t, i18n } = useTranslation();
  const status = useSaveStatus((s) => s.shown);
  if (!status) return null;
  // Another window saved first: the banner above the editor says what happened and what
  // next (BoardAccessBanner); nothing is retried, so "trying again" would be untrue here.
  if (status.state === 'error' && status.code === 'conflict') {
    return (
      <div className="oc-save oc-save--conflict" role="status" ref={saveStateAttribute}>
        {t('storage.status.errorTitle')}
      </div>
    );
  }
  if (status.state === 'error') {
    return (
      <div className="oc-save oc-save--error" role="alert" ref={saveStateAttribute}>
        <strong>{t('storage.status.errorTitle')}:</strong> {storageErrorText(status.code, status.detail, t)}{' '}
        {t('storage.status.retrying')}{' '}
        <button type="button" className="oc-button" onClick={() => void saveAsCommand()}>
          {t('storage.status.saveAsFile')}
        </button>
      </div>
    );
  }
  const text =
    status.state === 'saved'
      ? t('storage.status.saved', { time: formatTime(status.at, i18n.language) })
      : t(`storage.status.${status.state}`);
  return (
    <div className={`oc-save oc-save--${status.state}`} role="status" ref={saveStateAttribute}>
      {text}
    </div>
  );
}

/**
 * Writes the save's own state (not the shown one) onto the element, outside React, so a
 * state change that shows nothing renders nothing. A callback ref: it follows the element
 * when the error banner replaces the status line, and unsubscribes when it goes.
 */
function saveStateAttribute(element: HTMLElement | null) {
  if (!element) return;
  // Only on a change: the store is told "pending" at every step of a drag.
  const write = () => {
    const state = useSaveStatus.getState().status?.state ?? 'none';
    if (element.dataset.saveState !== state) element.dataset.saveState = state;
  };
  write();
  return useSaveStatus.subscribe(write);
}
