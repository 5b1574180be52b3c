/**
 * "Choose a file…" as a question, for when the import command did not come from the user's
 * own click or key (the desktop menu sends it by IPC): Chromium opens a file chooser only
 * with a user activation, so this dialog's button, pressed by the user, opens it.
 */
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../chrome/ModalDialog';

/** Whether a file chooser may open now; true where the browser cannot tell. */
export function hasUserActivation(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}

export function ChooseFile({ onChoose, onClose }: { onChoose: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t('orgImport.dialog.title')} className="oc-ask" onClose={onClose} firstFocus="[data-testid=import-choose]">
      <p className="oc-ask__message">{t('orgImport.dialog.choose')}</p>
      <div className="oc-ask__actions">
        <button type="button" className="oc-button" onClick={onClose}>
          {t('orgImport.dialog.cancel')}
        </button>
        <button type="button" className="oc-button oc-button--primary" onClick={onChoose} data-testid="import-choose">
          {t('orgImport.dialog.chooseButton')}
        </button>
      </div>
    </ModalDialog>
  );
}
