/** The strip above the canvas: back to the library, the board's name, save state, files, export, RACI, versions. */
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../commands/CommandButton';
import { showLibrary } from './controller';
import { hasUnsavedFileChanges, openFileCommand, saveAsCommand, saveFileCommand } from './fileCommands';
import { SaveIndicator } from './SaveIndicator';
import { useSession } from './session';

export function StorageBar({ versionsOpen, onToggleVersions }: { versionsOpen: boolean; onToggleVersions: () => void }) {
  const { t, i18n } = useTranslation();
  const boardName = useSession((s) => s.boardName);
  const file = useSession((s) => s.file);
  const back = () => {
    if (hasUnsavedFileChanges() && !window.confirm(t('storage.files.unsavedPrompt', { file: file?.name ?? '' }))) return;
    void showLibrary();
  };
  return (
    <nav className="oc-storage-bar" aria-label={t('storage.library.library')}>
      <button type="button" className="oc-button" onClick={back}>
        ← {t('storage.library.library')}
      </button>
      <span className="oc-storage-bar__name">
        {boardName}
        {file && <span className="oc-storage-bar__file"> · {file.name}</span>}
      </span>
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
      <button type="button" className="oc-button" aria-pressed={versionsOpen} onClick={onToggleVersions}>
        {t('storage.versions.open')}
      </button>
    </nav>
  );
}
