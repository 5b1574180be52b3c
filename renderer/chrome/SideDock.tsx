/**
 * The dock on the right of the canvas: the hints and the properties (inspector). Docked, not
 * floating: the hints used to float over the board's right side, 98 px of list at 1280×720,
 * and every fit put nodes under them (issue 21). The dock takes its room from the canvas, so
 * React Flow's fit (and a hint's frame) sees only the board's share.
 *
 * Below WIDE_WINDOW it shows one at a time, as tabs: the hints, and the properties while
 * something is selected (a selection made from the hints list keeps the hints in view). From
 * WIDE_WINDOW on it shows the properties above the hints. Folded, it is a narrow rail with a
 * button for each; the fold is remembered (panels.ts).
 */
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITY_GLYPH } from '../hints/severity';
import { connectHints, useHintsStore } from '../hints/hintsStore';
import { HintsPanel } from '../hints/HintsPanel';
import { Inspector } from '../inspector/Inspector';
import { useAppStore } from '../store/store';
import { AfterFirstPaint } from './AfterFirstPaint';
import { choosePanel, followSelection, showTab, usePanelOpen, usePanels, useWide, type SideTab } from './panels';
import { BoardViewBoundary } from './ViewBoundary';

export function SideDock() {
  const { t } = useTranslation();
  const open = usePanelOpen('side');
  const wide = useWide();
  const tab = usePanels((s) => s.tab);
  const selected = useAppStore((s) => s.selectedNodeIds.length + s.selectedEdgeIds.length > 0);
  useEffect(() => followSelection(selected), [selected]);
  // The rules run here, not in the hints panel: folded, the badges on the board and the count on the rail still follow the board.
  useEffect(() => connectHints(useAppStore), []);

  if (!open) return <SideRail />;
  const mode = wide ? 'split' : 'tabs';
  return (
    // One complementary landmark for the dock; the hints and the properties are regions in it.
    <aside className={`oc-sidedock oc-sidedock--${mode}`} data-tab={tab} data-testid="side-dock" aria-label={t('editor.dock.label')}>
      <div className="oc-sidedock__head">
        {mode === 'tabs' ? (
          <div className="oc-sidedock__tabs" role="tablist" aria-label={t('editor.dock.label')}>
            <Tab tab="hints" current={tab} label={t('rules.panel.title')} />
            <Tab tab="properties" current={tab} label={t('editor.inspector.title')} />
          </div>
        ) : (
          <span className="oc-sidedock__spacer" />
        )}
        <button type="button" className="oc-sidedock__fold" aria-label={t('editor.dock.fold')} title={t('editor.dock.fold')} onClick={() => choosePanel('side', false)}>
          <span aria-hidden="true">»</span>
        </button>
      </div>
      <Pane id="oc-pane-properties" shown={mode === 'split' || tab === 'properties'} className="oc-sidedock__pane--properties">
        <AfterFirstPaint>
          <BoardViewBoundary part="inspector">
            <Inspector />
          </BoardViewBoundary>
        </AfterFirstPaint>
      </Pane>
      <Pane id="oc-pane-hints" shown={mode === 'split' || tab === 'hints'} className="oc-sidedock__pane--hints">
        <AfterFirstPaint>
          <BoardViewBoundary part="hints">
            <HintsPanel />
          </BoardViewBoundary>
        </AfterFirstPaint>
      </Pane>
    </aside>
  );
}

function Tab({ tab, current, label }: { tab: SideTab; current: SideTab; label: string }) {
  return (
    <button
      type="button"
      role="tab"
      id={`oc-tab-${tab}`}
      aria-controls={`oc-pane-${tab}`}
      aria-selected={tab === current}
      tabIndex={tab === current ? 0 : -1}
      className="oc-sidedock__tab"
      onClick={() => showTab(tab)}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        const other: SideTab = tab === 'hints' ? 'properties' : 'hints';
        showTab(other);
        document.getElementById(`oc-tab-${other}`)?.focus();
      }}
    >
      {label}
      {tab === 'hints' && <ProblemCount />}
    </button>
  );
}

/** A pane of the dock; a hidden tab's pane stays mounted, so its scroll and fields keep their state. */
function Pane({ id, shown, className, children }: { id: string; shown: boolean; className: string; children: ReactNode }) {
  return (
    <div id={id} className={`oc-sidedock__pane ${className}`} hidden={!shown} role="tabpanel" aria-labelledby={id.replace('pane', 'tab')}>
      {children}
    </div>
  );
}

/** How many errors and warnings the board has: what the rail and the tab show of the hints. */
function ProblemCount() {
  const { t } = useTranslation();
  const counts = useHintsStore((s) => (s.hidden ? null : `${s.active.filter((h) => h.severity === 'error').length}/${s.active.filter((h) => h.severity === 'warning').length}`));
  if (!counts) return null;
  const [errors, warnings] = counts.split('/').map(Number);
  if (errors + warnings === 0) return null;
  const severity = errors ? 'error' : 'warning';
  return (
    <span className={`oc-sidedock__count oc-sidedock__count--${severity}`} title={t('editor.dock.problems', { count: errors + warnings })}>
      <span aria-hidden="true">{SEVERITY_GLYPH[severity]}</span> {errors + warnings}
    </span>
  );
}

/** The folded dock: one button for each pane, which opens the dock there. */
function SideRail() {
  const { t } = useTranslation();
  const open = (tab: SideTab) => {
    showTab(tab);
    choosePanel('side', true);
  };
  return (
    <aside className="oc-rail oc-rail--right" data-testid="side-rail" aria-label={t('editor.dock.label')}>
      <button type="button" className="oc-rail__button" aria-label={t('editor.dock.open')} title={t('editor.dock.open')} onClick={() => open(usePanels.getState().tab)}>
        <span aria-hidden="true">«</span>
      </button>
      <button type="button" className="oc-rail__button" aria-label={t('rules.panel.title')} title={t('rules.panel.title')} onClick={() => open('hints')}>
        <span aria-hidden="true">!</span>
        <ProblemCount />
      </button>
      <button type="button" className="oc-rail__button" aria-label={t('editor.inspector.title')} title={t('editor.inspector.title')} onClick={() => open('properties')}>
        <span aria-hidden="true">☰</span>
      </button>
    </aside>
  );
}
