/**
 * The storage bar, in the app bar (chrome/TopBar.tsx): back to the library, the board's name,
 * save state, and the versions, export, RACI, file and import actions, which go into the bar's "⋯"
 * menu from the end when the window is too narrow for them (they never wrap to a second row):
 * the file actions first, as they have their shortcuts and Versions has none.
 */
import { useTranslation } from 'react-i18next';
import { askConfirm } from '../chrome/AppDialogs';
import { OverflowBar } from '../chrome/OverflowBar';
import { AppBarSlot } from '../chrome/slots';
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
    <AppBarSlot.InSlot>
      <nav className="oc-storage-bar" aria-label={t('storage.library.library')}>
        <button type="button" className="oc-button" onClick={() => void back()}>
          ← {t('storage.library.library')}
        </button>
        <BoardName />
        {file && <span className="oc-storage-bar__file">· {file.name}</span>}
        <SaveIndicator />
        <OverflowBar className="oc-storage-bar__actions" moreLabel={t('editor.overflow.moreFile')} testId="storage-actions">
          <div className="oc-storage-bar__items">
            <button type="button" className="oc-button" aria-pressed={versionsOpen} onClick={onToggleVersions} data-opens="versions">
              {t('storage.versions.open')}
            </button>
            {/* Registered by the export layer; here because facilitators look for buttons, not keys. */}
            <CommandButton id="file.export" className="oc-button" />
            <CommandButton id="view.raci" className="oc-button" />
            {/* Last, so the first to go into the "⋯" menu: each has its shortcut (Ctrl+O, Ctrl+S, Ctrl+Shift+S). */}
            <button type="button" className="oc-button" onClick={() => void openFileCommand()}>
              {t('storage.files.open')}
            </button>
            <button type="button" className="oc-button" onClick={() => void saveFileCommand(i18n)}>
              {t('storage.files.save')}
            </button>
            <button type="button" className="oc-button" onClick={() => void saveAsCommand()}>
              {t('storage.files.saveAs')}
            </button>
            {/* Registered by the import layer; last, as it is used once per board, not once a minute. */}
            <CommandButton id="file.importOrgChart" className="oc-button" />
          </div>
        </OverflowBar>
      </nav>
    </AppBarSlot.InSlot>
  );
}
