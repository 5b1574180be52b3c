/**
 * The hint reveal in presentation mode: one key (H) shows the rule set's hints for the board
 * in large type, with the organisation model on top, and hides them again.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateBoard, hintMessage, hintTitle, partitionHints } from '../../shared/rules';
import { useAppStore } from '../store/store';
import { ModelPanel } from './ModelPanel';

export function HintReveal() {
  const { t } = useTranslation();
  const board = useAppStore((s) => s.board);
  const hints = useMemo(() => partitionHints(evaluateBoard(board), board).active, [board]);
  return (
    <aside className="oc-reveal" aria-label={t('workshop.hints.title')} data-testid="hint-reveal">
      <ModelPanel board={board} compact />
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
