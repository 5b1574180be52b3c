/**
 * The title bar. Over the library: the name, the tagline and the language switch. With a
 * board open it is the editor's one app bar, a single row (issue 21: title bar and storage
 * bar took 107 px of a 720 px window): the logo, the storage bar (back to the library, the
 * board's name, save state, file actions, which the library renders into `AppBarSlot`), the
 * organisation's name and the language switch.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { useSession } from '../library/session';
import { useAppStore } from '../store/store';
import { setLanguage } from '../i18n/setup';
import { AppBarSlot } from './slots';

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
    <header className={boardOpen ? 'oc-topbar oc-topbar--board' : 'oc-topbar'}>
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
      {boardOpen && <AppBarSlot.Slot />}
      {boardOpen && (
        <h1 className="oc-topbar__board" title={organisation || t('app.untitled')}>
          {organisation || t('app.untitled')}
        </h1>
      )}
      <label className="oc-topbar__language">
        <span className={boardOpen ? 'oc-visually-hidden' : undefined}>{t('app.language')}</span>
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
