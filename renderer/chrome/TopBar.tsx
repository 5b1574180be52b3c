/** The title bar: the open board's organisation (none over the library) and the language switch. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { useSession } from '../library/session';
import { useAppStore } from '../store/store';
import { setLanguage } from '../i18n/setup';

function skipToBoard(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('oc-canvas')?.focus();
}

export function TopBar() {
  const { t, i18n } = useTranslation();
  const organisation = useAppStore((s) => s.board.profile.name);
  // Over the start screen no board is open: the last one's name there would be a stale title.
  const boardOpen = useSession((s) => s.view === 'board');
  return (
    <header className="oc-topbar">
      {/* The first stop of Tab: straight to the board, past the bars and the palette. */}
      {boardOpen && (
        <a className="oc-skip-link" href="#oc-canvas" onClick={skipToBoard}>
          {t('app.skipToBoard')}
        </a>
      )}
      <div className="oc-topbar__brand">
        <span className="oc-topbar__logo" aria-hidden="true">
          ◆
        </span>
        <span className="oc-topbar__title">{t('app.title')}</span>
        <span className="oc-topbar__tagline">{t('app.tagline')}</span>
      </div>
      {boardOpen && <h1 className="oc-topbar__board">{organisation || t('app.untitled')}</h1>}
      <label className="oc-topbar__language">
        <span>{t('app.language')}</span>
        <select value={i18n.language} onChange={(event) => void setLanguage(event.target.value as Language)}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`app.languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
