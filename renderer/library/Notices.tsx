/** Messages from storage: recovered boards, refused or repaired files, saved files, errors. */
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../shared/i18n/format';
import { storageErrorText } from '../storage/errors';
import { exportRawData } from './rawData';
import { dismissNotice, useSession, type Notice } from './session';

export function Notices() {
  const { t } = useTranslation();
  const notices = useSession((s) => s.notices);
  if (!notices.length) return null;
  return (
    <div className="oc-notices">
      {notices.map((notice, i) => (
        <div key={i} className={`oc-notice oc-notice--${tone(notice)}`} role={tone(notice) === 'bad' ? 'alert' : 'status'} data-notice={notice.kind}>
          <div className="oc-notice__text">
            <NoticeText notice={notice} />
          </div>
          <button type="button" className="oc-button" onClick={() => dismissNotice(i)} aria-label={t('storage.versions.close')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

function tone(notice: Notice): 'good' | 'bad' | 'info' {
  if (notice.kind === 'refused' || notice.kind === 'fileError' || notice.kind === 'storageError' || notice.kind === 'unrecoverable' || notice.kind === 'loadError' || notice.kind === 'unreadableBoard') return 'bad';
  if (notice.kind === 'saved' || notice.kind === 'opened' || notice.kind === 'restored') return 'good';
  return 'info';
}

function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  switch (notice.kind) {
    case 'recovered':
      return <>{t('storage.library.recovered', { names: notice.names.join(', ') })}</>;
    case 'unrecoverable':
      return <>{t('storage.library.unrecoverable', { names: notice.names.join(', ') })}</>;
    case 'refused':
    case 'repaired':
      return (
        <>
          {t(notice.kind === 'refused' ? 'storage.files.refused' : 'storage.files.repaired', { file: notice.file })}
          <ul>
            {notice.problems.slice(0, 8).map((p, i) => (
              <li key={i}>{formatProblem(p, t)}</li>
            ))}
          </ul>
        </>
      );
    case 'fileError':
      return (
        <>
          {t(`storage.files.errors.${notice.code}`, { file: notice.file, detail: notice.detail, defaultValue: t('storage.files.errors.io', { file: notice.file, detail: notice.detail }) })}
          {notice.problems.length > 0 && (
            <ul>
              {notice.problems.slice(0, 8).map((p, i) => (
                <li key={i}>{formatProblem(p, t)}</li>
              ))}
            </ul>
          )}
        </>
      );
    case 'opened':
      return <>{t('storage.files.opened', { file: notice.file })}</>;
    case 'saved':
      return <>{t('storage.files.saved', { file: notice.file })}</>;
    case 'restored':
      return <>{t('storage.versions.restored')}</>;
    case 'storageError':
      return <>{storageErrorText(notice.code, notice.detail, t)}</>;
    case 'loadError':
      return <>{t('app.loadFailed', { detail: notice.detail })}</>;
    case 'unreadableBoard':
      return (
        <>
          <strong>{t('reliability.unreadable.title', { name: notice.name })}</strong>{' '}
          {t('reliability.unreadable.explain', { problem: notice.problems.length ? formatProblem(notice.problems[0]!, t) : t('reliability.unreadable.notJson') })}{' '}
          <button type="button" className="oc-button" onClick={() => void exportRawData(notice.id)}>
            {t('reliability.unreadable.exportRaw')}
          </button>
        </>
      );
  }
}
