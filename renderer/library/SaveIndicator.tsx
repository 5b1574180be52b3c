/**
 * The save state of the open board. "Saved" appears only after IndexedDB committed; an
 * error stays on screen (role=alert) until a later save succeeds, and offers a file copy.
 */
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../storage/saveStatus';
import { saveAsCommand } from './fileCommands';
import { formatTime } from './dates';

export function SaveIndicator() {
  const { t, i18n } = useTranslation();
  const status = useSaveStatus((s) => s.status);
  if (!status) return null;
  if (status.state === 'error') {
    return (
      <div className="oc-save oc-save--error" role="alert" data-save-state="error">
        <strong>{t('storage.status.errorTitle')}:</strong> {t(`storage.errors.${status.code}`, { detail: status.detail })}{' '}
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
    <div className={`oc-save oc-save--${status.state}`} role="status" data-save-state={status.state}>
      {text}
    </div>
  );
}
