/**
 * Versions of the open board: automatic ones (every 10 minutes of work, before imports,
 * layouts and restores) and named ones. Preview shows a picture of the version; Restore
 * applies it as an ordinary edit, so Undo takes it back.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../chrome/dismiss';
import { libraryRepository } from '../storage/library';
import { VERSION_LIMITS, type VersionSummary } from '../storage/repository';
import { boardThumbnail } from '../storage/thumbnail';
import { restoreVersion, takeSnapshot } from './controller';
import { useSession } from './session';
import { formatDateTime } from './dates';

export function VersionsPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const boardId = useSession((s) => s.boardId);
  const version = useSession((s) => s.libraryVersion);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [name, setName] = useState('');
  const [preview, setPreview] = useState<{ seq: number; svg: string; at: number } | null>(null);
  const panel = useRef<HTMLElement>(null);
  // Escape or a press outside closes it, as every panel (its own button toggles it).
  useDismiss(panel, onClose, { anchor: '[data-opens="versions"]' });

  useEffect(() => {
    if (!boardId) return;
    let live = true;
    libraryRepository()
      .then((repo) => repo.listVersions(boardId))
      .then((list) => live && setVersions(list), () => live && setVersions([]));
    return () => {
      live = false;
    };
  }, [boardId, version]);

  const when = (at: number) => formatDateTime(at, i18n.language);
  const showPreview = async (v: VersionSummary) => {
    const repo = await libraryRepository();
    const full = await repo.getVersion(v.seq);
    if (full) setPreview({ seq: v.seq, svg: boardThumbnail(full.board, 360, 225), at: v.createdAt });
  };

  return (
    <aside ref={panel} className="oc-versions" aria-labelledby="oc-versions-title">
      <header className="oc-versions__head">
        <h2 id="oc-versions-title">{t('storage.versions.title')}</h2>
        <button type="button" className="oc-button" onClick={onClose}>
          {t('storage.versions.close')}
        </button>
      </header>
      <form
        className="oc-versions__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void takeSnapshot('named', name.trim().slice(0, 200));
          setName('');
        }}
      >
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('storage.versions.namePlaceholder')}
          aria-label={t('storage.versions.takeSnapshot')}
          maxLength={200}
        />
        <button type="submit" className="oc-button oc-button--primary">
          {t('storage.versions.takeSnapshot')}
        </button>
      </form>
      {preview && (
        <figure className="oc-versions__preview">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(preview.svg)}`} alt={t('storage.versions.previewing', { time: when(preview.at) })} />
          <figcaption>{t('storage.versions.previewing', { time: when(preview.at) })}</figcaption>
        </figure>
      )}
      {versions.length === 0 && <p>{t('storage.versions.none')}</p>}
      <ol className="oc-versions__list">
        {versions.map((v) => (
          <li key={v.seq} data-version-reason={v.reason}>
            <div>
              <strong>{v.name ?? t(`storage.versions.reasons.${v.reason}`)}</strong>
              <span className="oc-versions__time">{when(v.createdAt)}</span>
            </div>
            <div className="oc-versions__actions">
              <button type="button" className="oc-button" onClick={() => void showPreview(v)} aria-pressed={preview?.seq === v.seq}>
                {t('storage.versions.preview')}
              </button>
              <button type="button" className="oc-button" onClick={() => void restoreVersion(v.seq)}>
                {t('storage.versions.restore')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p className="oc-versions__limits">{t('storage.versions.limits', { automatic: VERSION_LIMITS.automatic })}</p>
    </aside>
  );
}
