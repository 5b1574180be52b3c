/**
 * The hint reveal in presentation mode: one key (H) shows the rule set's hints for the board
 * in large type, with the organisation model on top, and hides them again.
 */
import { useTranslation } from 'react-i18next';
import { hintMessage, hintTitle } from '../../shared/rules';
import { useHintsStore } from '../hints/hintsStore';
import { ModelPanel } from './ModelPanel';

export function HintReveal() {
  const { t } = useTranslation();
  // The same hints as the hints panel: the app's one evaluation, dismissed ones left out.
  const hints = useHintsStore((s) => s.active);
  return (
    <aside className="oc-reveal" aria-label={t('workshop.hints.title')} data-testid="hint-reveal">
      <ModelPanel compact />
      <h3 className="oc-reveal__title">
        {t('workshop.hints.title')} <span className="oc-reveal__count" aria-label={t('workshop.hints.count', { count: hints.length })}>({hints.length})</span>
      </h3>
      {hints.length === 0 ? (
        <p>{t('workshop.hints.none')}</p>
      ) : (
        <ol className="oc-reveal__list">
          {hints.map((hint) => (
            <li key={hint.key} className={`oc-reveal__hint is-${hint.severity}`} data-rule={hint.rule}>
              <strong>{hintTitle(hint, t)}</strong>
              <span>{hintMessage(hint, t)}</span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
