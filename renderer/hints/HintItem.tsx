/**
 * One hint in the panel: its message (click: select and frame its nodes), its quick fixes
 * right under it (a fix is one click, no "Why?" first), and, opened, the why and its sources.
 */
import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fixLabel, hintExplanation, hintMessage, hintSources, hintTitle } from '../../shared/rules/format';
import type { Fix, Hint } from '../../shared/rules/types';
import { SEVERITY_GLYPH } from './severity';

interface HintItemProps {
  hint: Hint;
  open: boolean;
  onToggle: (key: string) => void;
  onShow: (hint: Hint) => void;
  onFix: (hint: Hint, fix: Fix) => void;
  onDismiss: (hint: Hint, reason: string) => void;
}

export const HintItem = memo(function HintItem({ hint, open, onToggle, onShow, onFix, onDismiss }: HintItemProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const sources = hintSources(hint, t);
  const detailsId = `oc-hint-${hint.key}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDismiss(hint, reason);
  };
  return (
    <li className={`oc-hint oc-hint--${hint.severity}`} data-rule={hint.rule} data-key={hint.key}>
      <div className="oc-hint__row">
        <span className="oc-hint__glyph" aria-hidden="true">
          {SEVERITY_GLYPH[hint.severity]}
        </span>
        <button
          type="button"
          className="oc-hint__message"
          title={hint.nodes.length ? t('rules.panel.showOnBoard') : undefined}
          onClick={() => (hint.nodes.length ? onShow(hint) : onToggle(hint.key))}
        >
          {hintMessage(hint, t)}
        </button>
        <button
          type="button"
          className="oc-hint__why"
          aria-label={open ? t('rules.panel.less') : t('rules.panel.why')}
          title={open ? t('rules.panel.less') : t('rules.panel.why')}
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => onToggle(hint.key)}
        >
          <span aria-hidden="true">{open ? '−' : '?'}</span>
        </button>
      </div>
      {/* Under the message, always shown: a fix is one click, no "Why?" first. */}
      {hint.fixes.length > 0 && (
        <div className="oc-hint__actions">
          {hint.fixes.map((fix, i) => (
            <button type="button" key={i} className="oc-hint__fix" onClick={() => onFix(hint, fix)}>
              {fixLabel(fix, t)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <div className="oc-hint__details" id={detailsId}>
          <p className="oc-hint__title">{hintTitle(hint, t)}</p>
          <p className="oc-hint__explanation">{hintExplanation(hint, t)}</p>
          <div className="oc-hint__sources">
            <span className="oc-hint__label">{sources.length > 1 ? t('rules.panel.sources') : t('rules.panel.source')}</span>
            <ul>
              {sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>
          </div>
          <form className="oc-hint__dismiss" onSubmit={submit}>
            <input
              type="text"
              value={reason}
              maxLength={500}
              placeholder={t('rules.panel.reason')}
              aria-label={t('rules.panel.reason')}
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit">{t('rules.panel.dismiss')}</button>
          </form>
        </div>
      )}
    </li>
  );
});
