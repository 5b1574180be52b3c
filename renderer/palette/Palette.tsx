/**
 * The palette: every node kind and every catalogue item, searchable. Drag an item onto the
 * canvas, or press Enter on it to place it in the middle of the view (keyboard use).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_STYLES } from '../../shared/theme/theme';
import { choosePanel } from '../chrome/panels';
import { insertNode } from '../commands/builtins';
import { writeTemplate } from '../canvas/paletteDrag';
import { PALETTE_GROUPS, PALETTE_ITEMS, searchable, type PaletteItem } from './paletteItems';

export function Palette() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const items = useMemo(() => {
    const q = searchable(query.trim());
    return PALETTE_ITEMS.map((item) => ({ item, label: t(item.labelKey), description: t(item.descriptionKey) })).filter(
      ({ label, description }) => !q || searchable(`${label} ${description}`).includes(q),
    );
  }, [query, t]);

  return (
    <nav className="oc-palette" aria-label={t('editor.palette.title')}>
      <div className="oc-panel__head">
        <h2 className="oc-panel__title">{t('editor.palette.title')}</h2>
        <button type="button" className="oc-panel__fold" aria-label={t('editor.dock.foldPalette')} title={t('editor.dock.foldPalette')} onClick={() => choosePanel('palette', false)}>
          <span aria-hidden="true">«</span>
        </button>
      </div>
      <input
        type="search"
        className="oc-palette__search"
        placeholder={t('editor.palette.search')}
        aria-label={t('editor.palette.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="oc-palette__hint">{t('editor.palette.hint')}</p>
      <div className="oc-palette__list">
        {items.length === 0 && <p className="oc-palette__empty">{t('editor.palette.noMatch', { query })}</p>}
        {PALETTE_GROUPS.map((group) => {
          const inGroup = items.filter(({ item }) => item.group === group);
          if (inGroup.length === 0) return null;
          return (
            <section key={group} className="oc-palette__group" aria-label={t(`editor.palette.groups.${group}`)}>
              <h3 className="oc-palette__group-title">{t(`editor.palette.groups.${group}`)}</h3>
              <ul>
                {inGroup.map(({ item, label, description }) => (
                  <li key={item.key}>
                    <PaletteButton item={item} label={label} description={description} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </nav>
  );
}

function PaletteButton({ item, label, description }: { item: PaletteItem; label: string; description: string }) {
  const descriptionId = `palette-desc-${item.key.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <button
      type="button"
      className="oc-palette__item"
      draggable
      aria-label={label}
      aria-describedby={descriptionId}
      data-item={item.key}
      onDragStart={(event) => writeTemplate(event.dataTransfer, { template: item.template, label })}
      onClick={() => insertNode(item.template, label)}
    >
      <PaletteGlyph item={item} />
      <span className="oc-palette__text">
        <span className="oc-palette__label">{label}</span>
        <span className="oc-palette__description" id={descriptionId}>
          {description}
        </span>
      </span>
    </button>
  );
}

/** A building block's glyph in its kind's colours: in the palette and on its folded rail. */
export function PaletteGlyph({ item }: { item: PaletteItem }) {
  const style = KIND_STYLES[item.template.kind];
  return (
    <span className="oc-palette__glyph" style={{ color: style.accent, borderColor: style.accent, background: style.fill }} aria-hidden="true">
      {style.glyph}
    </span>
  );
}
