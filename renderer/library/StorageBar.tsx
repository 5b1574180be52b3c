/** The strip above the canvas: back to the library, the board's name, save state, files, export, RACI, versions. */
import { useTranslation } from 'react-i18next';
import { askConfirm } from '../chrome/AppDialogs';
import { CommandButton } from '../commands/CommandButton';
import { BoardName } from './BoardName';
import { showLibrary } from './controller';
import { hasUnsavedFileChanges, openFileCommand, saveAsCommand, saveFileCommand } from './fileCommands';
import { SaveIndicator } from './SaveIndicator';
import { useSession } from './session';

export function StorageBar({ versionsOpen, onToggleVersions }: { versionsOpen: boolean; onToggleVersions: () => void }) {
  const { t, i18n } = useTranslation();
  const file = useSession((s) => s.file);
  const back = async () => {
    if (
      hasUnsavedFileChanges() &&
      !(await askConfirm({ title: t('storage.files.unsavedTitle'), message: t('storage.files.unsavedPrompt', { file: file?.name ?? '' }), confirm: t('storage.files.unsavedLeave') }))
    )
      return;
    void showLibrary();
  };
  return (
    <nav className="oc-storage-bar" aria-label={t('storage.library.library')}>
      <button type="button" className="oc-button" onClick={() => void back()}>
        ← {t('storage.library.library')}
      </button>
      <BoardName />
      {file && <span className="oc-storage-bar__file">· {file.name}</span>}
      <SaveIndicator />
      <span className="oc-storage-bar__spacer" />
      <button type="button" className="oc-button" onClick={() => void openFileCommand()}>
        {t('storage.files.open')}
      </button>
      <button type="button" className="oc-button" onClick={() => void saveFileCommand(i18n)}>
        {t('storage.files.save')}
      </button>
      <button type="button" className="oc-button" onClick={() => void saveAsCommand()}>
        {t('storage.files.saveAs')}
      </button>
      {/* Registered by the export layer; here because facilitators look for buttons, not keys. */}
      <CommandButton id="file.export" className="oc-button" />
      <CommandButton id="view.raci" className="oc-button" />
      <button type="button" className="oc-button" aria-pressed={versionsOpen} onClick={onToggleVersions} data-opens="versions">
        {t('storage.versions.open')}
      </button>
    </nav>
  );
}
