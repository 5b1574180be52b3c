/**
 * The badge a node wears when hints name it: its worst severity and how many, big enough to
 * read from the back of a room. Severity is told by shape and glyph as well as colour, so a
 * washed-out projector or a colour-blind reader still tells an error from a tip.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNodeBadge } from './hintsStore';
import { SEVERITY_GLYPH } from './severity';

export const HintBadge = memo(function HintBadge({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const badge = useNodeBadge(nodeId);
  if (!badge) return null;
  const label = t('rules.panel.badge', { count: badge.count, severity: t(`rules.severity.${badge.severity}`).toLowerCase() });
  return (
    <span className={`oc-hint-badge oc-hint-badge--${badge.severity}`} data-severity={badge.severity} data-count={badge.count} role="img" aria-label={label} title={label}>
      <span aria-hidden="true" className="oc-hint-badge__glyph">
        {SEVERITY_GLYPH[badge.severity]}
      </span>
      <span aria-hidden="true">{badge.count}</span>
    </span>
  );
});
