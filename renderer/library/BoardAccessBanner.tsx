/**
 * Says why this window does not edit the open board, and what to do: another window edits
 * it (read-only, with "take over editing"), or another window saved it first and this
 * window's save was refused (keep this version as a new board, or load the saved one).
 * Nothing here is dismissable without a choice: the state it reports lasts until one.
 */
import { useTranslation } from 'react-i18next';
import './reliability.css';
import { keepAsCopy, loadStoredBoard, takeOverEditing } from './controller';
import { useSession } from './session';

export function BoardAccessBanner() {
  const { t } = useTranslation();
  const access = useSession((s) => s.access);
  const boardName = useSession((s) => s.boardName);
  if (access === 'edit') return null;
  if (access === 'conflict') {
    return (
      <div className="oc-access oc-access--conflict" role="alert" data-access={access}>
        <p>{t('reliability.access.conflict')}</p>
        <button type="button" className="oc-button oc-button--primary" onClick={() => void keepAsCopy(t('reliability.access.copyName', { name: boardName }))}>
          {t('reliability.access.keepCopy')}
        </button>
        <button type="button" className="oc-button" onClick={() => void loadStoredBoard()}>
          {t('reliability.access.loadStored')}
        </button>
      </div>
    );
  }
  return (
    <div className="oc-access" role="status" data-access={access}>
      <p>{t(access === 'readOnly' ? 'reliability.access.readOnly' : 'reliability.access.takenOver')}</p>
      <button type="button" className="oc-button oc-button--primary" title={t('reliability.access.takeOverHint')} onClick={() => void takeOverEditing()}>
        {t('reliability.access.takeOver')}
      </button>
    </div>
  );
}
