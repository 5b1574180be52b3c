/**
 * The palette's place on the left of the canvas: the whole palette, or folded to a narrow
 * rail with the seven building blocks (drag one onto the board, or press it to place it in
 * the middle). Below WIDE_WINDOW it starts folded, so the board gets the room (issue 21); the
 * user's fold or unfold is remembered (chrome/panels.ts). The box is there from the first
 * render, so the canvas does not move when the palette fills in.
 */
import { useTranslation } from 'react-i18next';
import { AfterFirstPaint } from '../chrome/AfterFirstPaint';
import { choosePanel, usePanelOpen } from '../chrome/panels';
import { ViewBoundary } from '../chrome/ViewBoundary';
import { insertNode } from '../commands/builtins';
import { writeTemplate } from '../canvas/paletteDrag';
import { Palette, PaletteGlyph } from './Palette';
import { PALETTE_ITEMS } from './paletteItems';

const RAIL_ITEMS = PALETTE_ITEMS.filter((item) => item.group === 'kinds');

export function PaletteDock() {
  const open = usePanelOpen('palette');
  return open ? (
    <AfterFirstPaint fallback={<nav className="oc-palette" />}>
      <ViewBoundary part="palette">
        <Palette />
      </ViewBoundary>
    </AfterFirstPaint>
  ) : (
    <PaletteRail />
  );
}

function PaletteRail() {
  const { t } = useTranslation();
  return (
    <nav className="oc-rail oc-rail--left" aria-label={t('editor.palette.title')} data-testid="palette-rail">
      <button
        type="button"
        className="oc-rail__button"
        aria-label={t('editor.dock.openPalette')}
        title={t('editor.dock.openPalette')}
        aria-expanded={false}
        onClick={() => choosePanel('palette', true)}
      >
        <span aria-hidden="true">»</span>
      </button>
      {RAIL_ITEMS.map((item) => {
        const label = t(item.labelKey);
        return (
          <button
            key={item.key}
            type="button"
            className="oc-rail__button oc-rail__item"
            draggable
            aria-label={label}
            title={`${label}: ${t(item.descriptionKey)}`}
            data-item={item.key}
            onDragStart={(event) => writeTemplate(event.dataTransfer, { template: item.template, label })}
            onClick={() => insertNode(item.template, label)}
          >
            <PaletteGlyph item={item} />
          </button>
        );
      })}
    </nav>
  );
}
