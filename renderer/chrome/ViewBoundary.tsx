/**
 * A React error boundary around each window and panel (issue 23: one view that threw, the
 * RACI matrix on a node id named `constructor`, blanked the whole window). The failed view
 * is replaced by a translated message with a way back: try again, close it (dialogs), back
 * to the boards, or reload; the rest of the app keeps working and the board stays saved.
 * `resetKey`: the view is tried again when it changes (another board opened).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../library/reliability.css';
import { showLibrary } from '../library/controller';
import { useSession } from '../library/session';

export type ViewPart = 'app' | 'canvas' | 'hints' | 'inspector' | 'raci' | 'compare' | 'export' | 'import' | 'versions' | 'library' | 'workshop' | 'palette';

interface Props {
  part: ViewPart;
  children: ReactNode;
  /** Dialogs and panels that can be closed offer "Close". */
  onClose?: () => void;
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For the developer console and bug reports; the user sees the message below.
    console.error(`OrgCanvas: the ${this.props.part} view failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) {
      return (
        <>
          <FaultProbe part={this.props.part} />
          {this.props.children}
        </>
      );
    }
    return <FailedView part={this.props.part} error={error} onRetry={() => this.setState({ error: null })} onClose={this.props.onClose} />;
  }
}

/**
 * A boundary tried again when another board opens. It reads the board itself, so a board
 * change re-renders only it, not the views it wraps (their elements are the same).
 */
export function BoardViewBoundary({ part, children }: { part: ViewPart; children: ReactNode }) {
  const boardId = useSession((s) => s.boardId);
  return (
    <ViewBoundary part={part} resetKey={boardId}>
      {children}
    </ViewBoundary>
  );
}

function FailedView({ part, error, onRetry, onClose }: { part: ViewPart; error: Error; onRetry: () => void; onClose?: () => void }) {
  const { t } = useTranslation();
  const onBoard = useSession((s) => s.view === 'board');
  const back = async () => {
    await showLibrary();
    onRetry();
  };
  return (
    <div className="oc-failed" role="alert" data-failed-view={part}>
      <h2>{t('reliability.boundary.title', { part: t(`reliability.boundary.parts.${part}`) })}</h2>
      <p>{t('reliability.boundary.explain', { detail: error.message.slice(0, 200) })}</p>
      <button type="button" className="oc-button oc-button--primary" onClick={onRetry}>
        {t('reliability.boundary.retry')}
      </button>
      {onClose && (
        <button type="button" className="oc-button" onClick={onClose}>
          {t('storage.versions.close')}
        </button>
      )}
      {onBoard && (
        <button type="button" className="oc-button" onClick={() => void back()}>
          {t('reliability.boundary.back')}
        </button>
      )}
      <button type="button" className="oc-button" onClick={() => location.reload()}>
        {t('reliability.boundary.reload')}
      </button>
    </div>
  );
}

/**
 * Throws in the named views when the end-to-end tests ask for it (tests/e2e/
 * error-boundaries.spec.ts), so each boundary is shown to work whatever bug it will catch.
 * Inert unless a test defined `window.__ORGCANVAS_FAULT__.failViews` before the page's
 * scripts ran, which no user and no Electron page does (as controller.ts's fault hook).
 */
function FaultProbe({ part }: { part: ViewPart }) {
  const failViews = (globalThis as { __ORGCANVAS_FAULT__?: { failViews?: unknown } }).__ORGCANVAS_FAULT__?.failViews;
  if (Array.isArray(failViews) && failViews.includes(part)) throw new Error(`test fault in ${part}`);
  return null;
}
