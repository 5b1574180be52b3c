/**
 * The open board's name in the storage bar, renamed where it is shown: a click (or the
 * "Rename board…" command, F2-free so it never fights the node rename) turns it into a
 * field; Enter or leaving the field keeps the new name, Escape keeps the old one, and an
 * empty name is refused with a message, the field staying open. The name is the library's
 * (not the board document's), so a rename is stored at once and shown in the library; it
 * is not an undo step.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { useAppStore } from '../store/store';
import { renameBoard } from './controller';
import { useSession } from './session';

const MAX_NAME = 200;
const useRenaming = create<{ renaming: boolean }>(() => ({ renaming: false }));

/** Start renaming the open board in place (the palette's "Rename board…"). */
export function startBoardRename(): void {
  if (useSession.getState().view === 'board') useRenaming.setState({ renaming: true });
}

export function BoardName() {
  const { t } = useTranslation();
  const name = useSession((s) => s.boardName);
  const renaming = useRenaming((s) => s.renaming);
  return renaming ? (
    <NameField name={name} />
  ) : (
    <button
      type="button"
      className="oc-storage-bar__name"
      aria-label={t('storage.library.renameHere', { name })}
      title={t('storage.library.renameTitle')}
      data-testid="board-name"
      onClick={() => useRenaming.setState({ renaming: true })}
    >
      {name}
    </button>
  );
}

function NameField({ name }: { name: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(name);
  const [refused, setRefused] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const done = useRef(false);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  const finish = (keep: boolean) => {
    if (done.current) return;
    const text = draft.trim();
    if (keep && !text) {
      setRefused(true);
      field.current?.focus();
      return;
    }
    done.current = true;
    useRenaming.setState({ renaming: false });
    const id = useSession.getState().boardId;
    if (keep && id && text !== name) {
      void renameBoard(id, text.slice(0, MAX_NAME));
      useAppStore.getState().setUi({ announcement: t('storage.library.renamed', { name: text }) });
    }
  };

  return (
    <span className="oc-storage-bar__rename">
      <input
        ref={field}
        className="oc-storage-bar__field"
        value={draft}
        maxLength={MAX_NAME}
        aria-label={t('storage.library.nameLabel')}
        aria-invalid={refused || undefined}
        aria-describedby={refused ? errorId : undefined}
        data-testid="board-name-field"
        onChange={(e) => {
          setDraft(e.target.value);
          setRefused(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') finish(true);
          else if (e.key === 'Escape') finish(false);
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
        // Leaving the field keeps the name, unless it is empty: then the old one stays.
        onBlur={() => (draft.trim() ? finish(true) : finish(false))}
      />
      {refused && (
        <span id={errorId} className="oc-storage-bar__refused" role="alert">
          {t('app.dialog.emptyName')}
        </span>
      )}
    </span>
  );
}
