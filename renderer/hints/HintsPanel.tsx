/**
 * The hints panel, in the side dock beside the canvas (chrome/SideDock.tsx): hints grouped by
 * severity with counts; a click selects and frames a hint's nodes; each shows its quick fixes
 * and opens its explanation and sources; dismiss per board and show dismissed again; the
 * facilitator's "hide hints" switch, remembered in the board.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { hintMessage } from '../../shared/rules/format';
import { SEVERITIES, type Fix, type Hint, type Severity } from '../../shared/rules/types';
import { coveredEdges, type Covered } from '../canvas/fitBoard';
import { holdHintsTab } from '../chrome/panels';
import { canvasApi } from '../commands/canvasApi';
import { useAppStore } from '../store/store';
import { applyQuickFix, dismiss, fixLabels, restore, setHidden } from './actions';
import { HintItem } from './HintItem';
import { useHintsStore } from './hintsStore';
import { ModelPanel } from '../workshop/ModelPanel';
import { SEVERITY_GLYPH } from './severity';
import './hints.css';

/** A 5,000-node board can carry a thousand tips; the panel lists them in pages. */
const PAGE = 50;
/** Never closer than this: one node filling a projector loses the room its context. */
const MAX_FRAME_ZOOM = 1.3;

type Box = { x: number; y: number; width: number; height: number };

/**
 * The viewport that centres `bounds` (flow units) in the part of the canvas nothing covers,
 * between the chrome over the canvas's top and bottom edges (the legend), with a margin. The
 * panel is docked beside the canvas now; should it ever float over the canvas's right half
 * again (presenting), the part it covers is left out. Computed here rather than with
 * fitView/fitBounds (fitView({ nodes }) is queued until React Flow next adopts its nodes,
 * which a controlled flow may not do; xyflow PR #5067).
 */
function frame(bounds: Box, canvas: DOMRect, panel: DOMRect, covered: Covered): { x: number; y: number; zoom: number } {
  const coversRight = panel.left > canvas.left + canvas.width / 2 && panel.left < canvas.right && panel.width > 0;
  const freeWidth = coversRight ? panel.left - canvas.left : canvas.width;
  const freeHeight = canvas.height - covered.top - covered.bottom;
  const zoom = Math.max(0.1, Math.min(MAX_FRAME_ZOOM, (freeWidth * 0.8) / bounds.width, (freeHeight * 0.8) / bounds.height));
  const centreX = freeWidth / 2;
  const centreY = covered.top + freeHeight / 2;
  return { x: centreX - (bounds.x + bounds.width / 2) * zoom, y: centreY - (bounds.y + bounds.height / 2) * zoom, zoom };
}

export function HintsPanel() {
  const { t } = useTranslation();
  const { active, dismissed } = useHintsStore(useShallow((s) => ({ active: s.active, dismissed: s.dismissed })));
  const hidden = useAppStore((s) => s.board.hintsHidden === true);
  const [open, setOpen] = useState(true);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [showDismissed, setShowDismissed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const flow = useReactFlow();

  const groups = useMemo(() => {
    const bySeverity: Record<Severity, Hint[]> = { error: [], warning: [], tip: [] };
    for (const hint of active) bySeverity[hint.severity].push(hint);
    return bySeverity;
  }, [active]);

  const onToggle = useCallback((key: string) => setOpenKey((current) => (current === key ? null : key)), []);
  const panel = useRef<HTMLElement>(null);
  const onShow = useCallback(
    (hint: Hint) => {
      // The hints stay in view (below 1440 px a selection would show the properties instead).
      holdHintsTab();
      useAppStore.getState().select(hint.nodes, []);
      const canvasElement = canvasApi()?.element();
      const canvas = canvasElement?.getBoundingClientRect();
      const aside = panel.current?.getBoundingClientRect();
      const bounds = flow.getNodesBounds(hint.nodes);
      if (!canvasElement || !canvas || !aside || bounds.width <= 0 || bounds.height <= 0) return;
      void flow.setViewport(frame(bounds, canvas, aside, coveredEdges(canvasElement)), { duration: 300 });
    },
    [flow],
  );
  const onFix = useCallback(
    (_hint: Hint, fix: Fix) => {
      holdHintsTab();
      const result = applyQuickFix(useAppStore, fix, fixLabels(t));
      setProblem(result.ok ? null : t('rules.panel.fixFailed', { reason: result.reason }));
    },
    [t],
  );
  const onDismiss = useCallback((hint: Hint, reason: string) => {
    dismiss(useAppStore, hint, reason);
    setOpenKey(null);
  }, []);

  return (
    <section ref={panel} className={`oc-hints ${open ? 'is-open' : ''}`} aria-label={t('rules.panel.region')} data-hidden={hidden}>
      <header className="oc-hints__header">
        <h2 className="oc-hints__title">
          <button type="button" className="oc-hints__toggle" aria-expanded={open} title={open ? t('rules.panel.collapse') : t('rules.panel.expand')} onClick={() => setOpen(!open)}>
            <span>{t('rules.panel.title')}</span>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        </h2>
        {!hidden && (
          <span className="oc-hints__counts">
            {SEVERITIES.map((severity) => (
              <span
                key={severity}
                className={`oc-hints__count oc-hints__count--${severity}`}
                data-severity={severity}
                title={`${t(`rules.severityPlural.${severity}`)}: ${groups[severity].length}`}
              >
                <span aria-hidden="true">{SEVERITY_GLYPH[severity]}</span> {groups[severity].length}
              </span>
            ))}
          </span>
        )}
      </header>
      {open && (
        <div className="oc-hints__body">
          <label className="oc-hints__switch">
            <input type="checkbox" checked={hidden} onChange={(event) => setHidden(useAppStore, event.target.checked)} />
            <span>{t('rules.panel.hide')}</span>
          </label>
          {hidden ? (
            <div className="oc-hints__hidden">
              <p>{t('rules.panel.hiddenNote')}</p>
              <button type="button" className="oc-hints__reveal" onClick={() => setHidden(useAppStore, false)}>
                {t('rules.panel.reveal')}
              </button>
            </div>
          ) : (
            <>
              {problem && (
                <p className="oc-hints__problem" role="alert">
                  {problem}
                </p>
              )}
              {active.length === 0 && <p className="oc-hints__empty">{t('rules.panel.empty')}</p>}
              {SEVERITIES.map((severity) =>
                groups[severity].length ? (
                  <HintGroup
                    key={severity}
                    severity={severity}
                    hints={groups[severity]}
                    openKey={openKey}
                    onToggle={onToggle}
                    onShow={onShow}
                    onFix={onFix}
                    onDismiss={onDismiss}
                  />
                ) : null,
              )}
              {dismissed.length > 0 && (
                <section className="oc-hints__dismissed">
                  <button type="button" className="oc-hints__show-dismissed" aria-expanded={showDismissed} onClick={() => setShowDismissed(!showDismissed)}>
                    {showDismissed ? t('rules.panel.hideDismissed') : t('rules.panel.showDismissed', { count: dismissed.length })}
                  </button>
                  {showDismissed && <DismissedList hints={dismissed} />}
                </section>
              )}
              {/* Which of the five models the board is closest to belongs with the hints: both read the board. */}
              <ModelPanel compact />
            </>
          )}
        </div>
      )}
    </section>
  );
}

interface HintGroupProps {
  severity: Severity;
  hints: Hint[];
  openKey: string | null;
  onToggle: (key: string) => void;
  onShow: (hint: Hint) => void;
  onFix: (hint: Hint, fix: Fix) => void;
  onDismiss: (hint: Hint, reason: string) => void;
}

function HintGroup({ severity, hints, openKey, ...handlers }: HintGroupProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  return (
    <section className={`oc-hints__group oc-hints__group--${severity}`} data-severity={severity}>
      <h3>
        {t(`rules.severityPlural.${severity}`)} <span className="oc-hints__group-count">({hints.length})</span>
      </h3>
      <ul>
        {hints.slice(0, shown).map((hint) => (
          <HintItem key={hint.key} hint={hint} open={openKey === hint.key} {...handlers} />
        ))}
      </ul>
      {hints.length > shown && (
        <button type="button" className="oc-hints__more" onClick={() => setShown(shown + PAGE)}>
          {t('rules.panel.more', { count: Math.min(PAGE, hints.length - shown) })}
        </button>
      )}
    </section>
  );
}

function DismissedList({ hints }: { hints: Hint[] }) {
  const { t } = useTranslation();
  const reasons = useAppStore(useShallow((s) => reasonsByKey(s.board.dismissedHints)));
  return (
    <ul>
      {hints.map((hint) => (
        <li key={hint.key} className={`oc-hint oc-hint--${hint.severity} is-dismissed`} data-rule={hint.rule} data-key={hint.key}>
          <div className="oc-hint__row">
            <span className="oc-hint__glyph" aria-hidden="true">
              {SEVERITY_GLYPH[hint.severity]}
            </span>
            <span className="oc-hint__message">
              {hintMessage(hint, t)}
              {reasons[hint.key] && <span className="oc-hint__reason">{t('rules.panel.dismissedReason', { reason: reasons[hint.key] })}</span>}
            </span>
            <button type="button" className="oc-hint__why" onClick={() => restore(useAppStore, hint.key)}>
              {t('rules.panel.restore')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

function reasonsByKey(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(raw)) return out;
  for (const item of raw) if (item && typeof item.key === 'string' && typeof item.reason === 'string') out[item.key] = item.reason;
  return out;
}
