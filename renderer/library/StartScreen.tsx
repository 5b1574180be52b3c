/**
 * The start screen: the boards in the library with name, organisation, last change and a
 * picture; create (empty, demo, template), rename, duplicate, trash; search by name.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_IDS, type TemplateId } from '../../shared/templates';
import { askConfirm, askText } from '../chrome/AppDialogs';
import { boardLanguage } from '../i18n/boardLanguage';
import type { BoardSummary } from '../storage/repository';
import { DamagedRows } from './DamagedRows';
import { addBoard, boardFrom, duplicateBoard, emptyTrash, openBoard, renameBoard, restoreBoard, trashBoard, type NewBoardSource } from './controller';
import { openFileCommand } from './fileCommands';
import { StorageSettings } from './StorageSettings';
import { useLibraryList } from './useLibraryList';
import { formatDateTime } from './dates';

export function StartScreen() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [trash, setTrash] = useState(false);
  const { rows, trashCount } = useLibraryList(query, trash);

  const create = (source: NewBoardSource, name: string) => void addBoard(boardFrom(source, boardLanguage(i18n.language)), name);

  return (
    // The page's main landmark and its one h1 while no board is open (the editor has its own).
    <main className="oc-library" aria-labelledby="oc-library-title">
      <header className="oc-library__head">
        <h1 id="oc-library-title">{trash ? t('storage.library.trashTitle') : t('storage.library.title')}</h1>
        {!trash && (
          <input
            type="search"
            className="oc-library__search"
            placeholder={t('storage.library.search')}
            aria-label={t('storage.library.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        <button type="button" className="oc-button" onClick={() => setTrash(!trash)}>
          {trash ? t('storage.library.back') : t('storage.library.trash', { count: trashCount })}
        </button>
      </header>

      {!trash && (
        <div className="oc-library__create">
          <button type="button" className="oc-button oc-button--primary" onClick={() => create('empty', t('storage.library.emptyName'))}>
            {t('storage.library.newEmpty')}
          </button>
          <button type="button" className="oc-button" onClick={() => create('demo', t('storage.library.demoName'))}>
            {t('storage.library.newDemo')}
          </button>
          <select
            className="oc-button"
            aria-label={t('storage.library.newTemplate')}
            value=""
            onChange={(e) => {
              const id = e.target.value as TemplateId;
              if (id) create({ template: id }, t(`templates.items.${id}.title`));
            }}
          >
            <option value="">{t('storage.library.newTemplate')}</option>
            {TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`templates.items.${id}.title`)}
              </option>
            ))}
          </select>
          <button type="button" className="oc-button" onClick={() => void openFileCommand()}>
            {t('storage.library.openFile')}
          </button>
        </div>
      )}

      {trash && trashCount > 0 && (
        <button
          type="button"
          className="oc-button oc-button--danger"
          onClick={async () => {
            if (await askConfirm({ title: t('storage.library.emptyTrashTitle'), message: t('storage.library.emptyTrashConfirm', { count: trashCount }), confirm: t('storage.library.emptyTrash'), danger: true }))
              void emptyTrash();
          }}
        >
          {t('storage.library.emptyTrash')}
        </button>
      )}

      {rows && rows.length === 0 && (
        <p className="oc-library__empty">
          {trash ? t('storage.library.trashEmpty') : query.trim() ? t('storage.library.noMatch', { query }) : t('storage.library.none')}
        </p>
      )}
      <ul className="oc-library__list" aria-label={trash ? t('storage.library.trashTitle') : t('storage.library.title')}>
        {rows?.map((row) => <BoardCard key={row.id} row={row} trash={trash} />)}
      </ul>
      {!trash && <DamagedRows />}
      <StorageSettings />
    </main>
  );
}

function BoardCard({ row, trash }: { row: BoardSummary; trash: boolean }) {
  const { t, i18n } = useTranslation();
  const changed = formatDateTime(row.updatedAt, i18n.language);
  const thumbnail = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(row.thumbnail)}`;
  return (
    <li className="oc-board-card" data-board-id={row.id}>
      <img className="oc-board-card__thumb" src={thumbnail} alt={t('storage.library.thumbnail', { name: row.name })} width={240} height={150} />
      <div className="oc-board-card__text">
        <strong className="oc-board-card__name">{row.name}</strong>
        <span className="oc-board-card__org">
          <span className="oc-visually-hidden">{t('storage.library.organisation')}: </span>
          {row.organisation || '—'}
        </span>
        <span className="oc-board-card__changed">
          {t('storage.library.changed')}: <time dateTime={new Date(row.updatedAt).toISOString()}>{changed}</time>
        </span>
      </div>
      <div className="oc-board-card__actions">
        {trash ? (
          <button type="button" className="oc-button" onClick={() => void restoreBoard(row.id)}>
            {t('storage.library.restore')}
          </button>
        ) : (
          <>
            <button type="button" className="oc-button oc-button--primary" onClick={() => void openBoard(row.id)}>
              {t('storage.library.open')}
            </button>
            <button
              type="button"
              className="oc-button"
              onClick={async () => {
                const name = await askText({ title: t('storage.library.renamePrompt', { name: row.name }), label: t('storage.library.nameLabel'), value: row.name, confirm: t('storage.library.rename') });
                if (name) void renameBoard(row.id, name);
              }}
            >
              {t('storage.library.rename')}
            </button>
            <button type="button" className="oc-button" onClick={() => void duplicateBoard(row.id, t('storage.library.copyName', { name: row.name }))}>
              {t('storage.library.duplicate')}
            </button>
            <button type="button" className="oc-button" onClick={() => void trashBoard(row.id)}>
              {t('storage.library.delete')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
