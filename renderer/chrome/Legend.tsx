/** What the shapes and lines mean, drawn with the same theme data as the canvas. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATION_KINDS } from '../../shared/model/board';
import { NODE_KINDS } from '../../shared/model/vocabulary';
import { KIND_STYLES, RELATION_STYLES } from '../../shared/theme/theme';
import { useCoversCanvas } from '../canvas/fitBoard';

const OPEN_KEY = 'orgcanvas.legendOpen';

/** Collapsed unless the user opened it before: on a projector the board needs the room. */
function storedOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === 'true';
  } catch {
    return false;
  }
}

export function Legend() {
  const { t } = useTranslation();
  const [open, setOpenState] = useState(storedOpen);
  const setOpen = (value: boolean) => {
    setOpenState(value);
    try {
      localStorage.setItem(OPEN_KEY, String(value));
    } catch {
      // Not remembered; the legend still opens.
    }
  };
  // Fits keep the board above the legend.
  const covers = useCoversCanvas('bottom');
  return (
    <aside className={`oc-legend ${open ? '' : 'is-collapsed'}`} aria-label={t('app.legend.title')} {...covers}>
      <button type="button" className="oc-legend__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('app.legend.title')} {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="oc-legend__body">
          <ul className="oc-legend__list">
            {NODE_KINDS.map((kind) => (
              <li key={kind} className="oc-legend__item">
                <span
                  className="oc-legend__swatch"
                  style={{ background: KIND_STYLES[kind].fill, borderColor: KIND_STYLES[kind].accent, borderStyle: KIND_STYLES[kind].border }}
                  aria-hidden="true"
                >
                  <span style={{ color: KIND_STYLES[kind].accent }}>{KIND_STYLES[kind].glyph}</span>
                </span>
                {t(`kinds.${kind}`)}
              </li>
            ))}
          </ul>
          <ul className="oc-legend__list">
            {RELATION_KINDS.map((kind) => {
              const style = RELATION_STYLES[kind];
              return (
                <li key={kind} className="oc-legend__item">
                  <svg width="44" height="14" aria-hidden="true">
                    <line x1="2" y1="7" x2="42" y2="7" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash || undefined} />
                  </svg>
                  {t(`relations.${kind}`)}
                  {kind === 'responsible' && <span className="oc-legend__hint"> (R/A/C/I)</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </aside>
  );
}
