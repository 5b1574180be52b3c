/**
 * The hint reveal in presentation mode: one key (H) shows the rule set's hints for the board
 * in large type, with the organisation model on top, and hides them again.
 *
 * It is a column down the right of the screen (marked `data-covers-canvas="right"`), and the
 * board is fitted again beside it (usePresentation.ts): it used to open over half the board.
 * Nothing in it scrolls: the room cannot scroll. Hints are shown a page at a time, as many as
 * fit whole; ↑ and ↓ turn the pages (presentationKeys.ts), and the foot says which page.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hintMessage, hintTitle } from '../../shared/rules';
import { useHintsStore } from '../hints/hintsStore';
import { ModelPanel } from './ModelPanel';
import { useWorkshop } from './workshopStore';

/**
 * The first hint of each page: as many hints as fit whole, given each one's top and bottom,
 * in `room` pixels on the first page and `laterRoom` on the others (they leave out the
 * organisation model, which the first page shows above the hints).
 */
export function pageStarts(items: readonly { top: number; bottom: number }[], room: number, laterRoom = room): number[] {
  const starts = [0];
  let pageTop = items[0]?.top ?? 0;
  items.forEach((item, i) => {
    if (i > starts[starts.length - 1]! && item.bottom - pageTop > (starts.length === 1 ? room : laterRoom)) {
      starts.push(i);
      pageTop = item.top;
    }
  });
  return starts;
}

export function HintReveal() {
  const { t } = useTranslation();
  // The same hints as the hints panel: the app's one evaluation, dismissed ones left out.
  const hints = useHintsStore((s) => s.active);
  const page = useWorkshop((s) => s.hintPage);
  const list = useRef<HTMLOListElement>(null);
  const model = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  // The pages, measured for these hints at this window size; until then (null) every hint
  // is laid out, to be measured.
  const [measured, setMeasured] = useState<{ hints: unknown; size: string; starts: number[] } | null>(null);
  const starts = measured && measured.hints === hints && measured.size === size ? measured.starts : null;

  useLayoutEffect(() => {
    const onResize = () => setSize(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const element = list.current;
    if (starts !== null || !element) return;
    const top = element.getBoundingClientRect().top;
    const items = [...element.children].map((child) => {
      const r = child.getBoundingClientRect();
      return { top: r.top - top, bottom: r.bottom - top };
    });
    // Later pages: the model's room too, less a little for the margins round it.
    const next = pageStarts(items, element.clientHeight, element.clientHeight + Math.max(0, (model.current?.getBoundingClientRect().height ?? 0) - 8));
    setMeasured({ hints, size, starts: next });
    useWorkshop.getState().setHintPages(next.length);
  }, [starts, hints, size]);

  const pages = starts?.length ?? 1;
  const current = Math.min(page, pages - 1);
  const from = starts?.[current] ?? 0;
  const to = starts?.[current + 1] ?? hints.length;
  return (
    <aside className="oc-reveal" aria-label={t('workshop.hints.title')} data-testid="hint-reveal" data-covers-canvas="right">
      {/* The model heads the first page; later pages give its room to hints. */}
      {current === 0 && (
        <div ref={model}>
          <ModelPanel compact />
        </div>
      )}
      <h3 className="oc-reveal__title">
        {t('workshop.hints.title')} <span className="oc-reveal__count" aria-label={t('workshop.hints.count', { count: hints.length })}>({hints.length})</span>
      </h3>
      {hints.length === 0 ? (
        <p>{t('workshop.hints.none')}</p>
      ) : (
        <ol className="oc-reveal__list" ref={list} start={from + 1} data-measuring={starts === null}>
          {hints.map((hint, i) =>
            starts !== null && (i < from || i >= to) ? null : (
              <li key={hint.key} className={`oc-reveal__hint is-${hint.severity}`} data-rule={hint.rule}>
                <strong>{hintTitle(hint, t)}</strong>
                <span>{hintMessage(hint, t)}</span>
              </li>
            ),
          )}
        </ol>
      )}
      {/* Always laid out, so the pages are measured with the room they will have. */}
      <p className={`oc-reveal__page ${pages > 1 ? '' : 'is-single'}`} data-testid="hint-page" data-page={current + 1} data-pages={pages} aria-hidden={pages <= 1}>
        {t('workshop.hints.page', { current: current + 1, total: pages })}
      </p>
    </aside>
  );
}
