/**
 * A bar that never wraps: what does not fit goes into its "⋯" menu (issue 21: at 1280 px the
 * storage bar put "Versies" on a second row and the workshop bar took three).
 *
 * The bar measures its items (ResizeObserver on the bar and on the row of items, and a
 * MutationObserver for a changed label or an item that comes or goes) and asks `overflow.ts`
 * which ones fit. Those that do not stay in the page, marked `data-overflowed`: invisible,
 * out of the row's flow and out of the tab order, but still laid out, so they can be measured
 * again when the window grows. The menu lists them, and choosing one clicks the very button on
 * the bar: the same command, with no second copy of its behaviour to keep in step.
 *
 * The items are the children of the element matching `itemsSelector` inside the bar (by
 * default the bar's own row). An item that holds no button (the save state) is never moved.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from './dismiss';
import { overflowingItems } from './overflow';

/** The menu button's width (CSS: .oc-overflow__more), reserved when it is needed. */
const MORE_WIDTH = 36;

interface MenuEntry {
  /** The button on the bar this entry clicks. */
  button: HTMLButtonElement;
  label: string;
  glyph: string;
  pressed: boolean | null;
  disabled: boolean;
}

function buttonsOf(item: HTMLElement): HTMLButtonElement[] {
  return item instanceof HTMLButtonElement ? [item] : Array.from(item.querySelectorAll('button'));
}

function entryFor(button: HTMLButtonElement): MenuEntry {
  const text = button.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const aria = button.getAttribute('aria-label');
  const pressed = button.getAttribute('aria-pressed');
  return {
    button,
    // An icon button names itself in aria-label, and its text is the glyph.
    label: aria ?? text,
    glyph: aria ? text : '',
    pressed: pressed === null ? null : pressed === 'true',
    disabled: button.disabled,
  };
}

/** Keeps the items of `bar` on one row; returns the ones moved off it. */
function useOverflow(bar: HTMLElement | null, itemsSelector: string | undefined): HTMLElement[] {
  const [hidden, setHidden] = useState<HTMLElement[]>([]);
  const measure = useCallback(() => {
    if (!bar) return;
    const row = itemsSelector ? bar.querySelector<HTMLElement>(itemsSelector) : (bar.firstElementChild as HTMLElement | null);
    if (!row) {
      setHidden((current) => (current.length ? [] : current));
      return;
    }
    const items = Array.from(row.children).filter((child): child is HTMLElement => child instanceof HTMLElement);
    const style = getComputedStyle(row);
    const gap = parseFloat(style.columnGap) || 0;
    const barStyle = getComputedStyle(bar);
    const available = bar.clientWidth - (parseFloat(barStyle.paddingLeft) || 0) - (parseFloat(barStyle.paddingRight) || 0);
    const measured = items.map((item) => ({ width: item.getBoundingClientRect().width, keep: buttonsOf(item).length === 0 }));
    const gone = new Set(overflowingItems(measured, available, gap, MORE_WIDTH + gap));
    const natural = measured.reduce((sum, item) => sum + item.width, 0) + gap * Math.max(0, items.length - 1);
    // A bar that shares its row with another takes its natural width first (editor.css).
    bar.style.setProperty('--oc-natural-width', `${Math.ceil(natural + (parseFloat(barStyle.paddingLeft) || 0) + (parseFloat(barStyle.paddingRight) || 0))}px`);
    items.forEach((item, index) => item.toggleAttribute('data-overflowed', gone.has(index)));
    const next = items.filter((_, index) => gone.has(index));
    setHidden((current) => (current.length === next.length && current.every((item, i) => item === next[i]) ? current : next));
  }, [bar, itemsSelector]);

  useLayoutEffect(() => {
    if (!bar) return;
    // A ResizeObserver reports each box once when it starts observing: that is the first measure,
    // made after layout and before the frame is painted.
    const resize = new ResizeObserver(() => measure());
    resize.observe(bar);
    const row = itemsSelector ? bar.querySelector(itemsSelector) : bar.firstElementChild;
    if (row) resize.observe(row);
    // A label changed (a language switch, the save state, the model's name) or an item came or went.
    const mutation = new MutationObserver(() => {
      const now = itemsSelector ? bar.querySelector(itemsSelector) : bar.firstElementChild;
      if (now && now !== row) resize.observe(now);
      measure();
    });
    mutation.observe(bar, { childList: true, subtree: true, characterData: true });
    return () => {
      resize.disconnect();
      mutation.disconnect();
    };
  }, [bar, itemsSelector, measure]);
  return hidden;
}

interface OverflowBarProps {
  className: string;
  /** The menu button's accessible name ("More actions"). */
  moreLabel: string;
  /** Where the items are, when not the bar's first child (a panel rendered into the bar). */
  itemsSelector?: string;
  /** Marks the bar for tests and for `useCoversCanvas`-like callers. */
  testId?: string;
  children: ReactNode;
}

export function OverflowBar({ className, moreLabel, itemsSelector, testId, children }: OverflowBarProps) {
  const [bar, setBar] = useState<HTMLDivElement | null>(null);
  const hidden = useOverflow(bar, itemsSelector);
  return (
    <div ref={setBar} className={`oc-overflow ${className}`} data-testid={testId}>
      {children}
      {hidden.length > 0 && <OverflowMenu items={hidden} label={moreLabel} />}
    </div>
  );
}

function OverflowMenu({ items, label }: { items: HTMLElement[]; label: string }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<MenuEntry[] | null>(null);
  const [place, setPlace] = useState({ top: 0, right: 0 });
  const menu = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setEntries(null), []);
  const id = useId();
  const anchor = `[data-overflow-more="${id}"]`;
  const open = () => {
    // Fixed under the button, right edges aligned: the bar clips what overflows it.
    const box = more.current?.getBoundingClientRect();
    if (box) setPlace({ top: box.bottom + 4, right: Math.max(4, window.innerWidth - box.right) });
    setEntries(items.flatMap(buttonsOf).map(entryFor));
  };

  useEffect(() => {
    // Opened: the first item that can be chosen takes focus, as in any menu.
    if (entries) menu.current?.querySelector<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)')?.focus();
  }, [entries]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const all = Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? []);
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };

  return (
    <>
      <button
        ref={more}
        type="button"
        className="oc-overflow__more"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={entries !== null}
        data-overflow-more={id}
        onClick={() => (entries ? close() : open())}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {entries && (
        <MenuList ref={menu} label={label} anchor={anchor} place={place} onClose={close} onKeyDown={onKeyDown}>
          {entries.length === 0 && <p className="oc-overflow__empty">{t('editor.overflow.empty')}</p>}
          {entries.map((entry, index) => (
            <button
              key={index}
              type="button"
              role={entry.pressed === null ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={entry.pressed ?? undefined}
              className="oc-overflow__item"
              disabled={entry.disabled}
              onClick={() => {
                close();
                more.current?.focus();
                // The bar's own button: the same command, the same state afterwards.
                entry.button.click();
              }}
            >
              <span className="oc-overflow__glyph" aria-hidden="true">
                {entry.pressed ? '✓' : entry.glyph}
              </span>
              {entry.label}
            </button>
          ))}
        </MenuList>
      )}
    </>
  );
}

function MenuList({
  ref,
  label,
  anchor,
  place,
  onClose,
  onKeyDown,
  children,
}: {
  ref: React.RefObject<HTMLDivElement | null>;
  label: string;
  anchor: string;
  place: { top: number; right: number };
  onClose: () => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
  children: ReactNode;
}) {
  // A press on its own "⋯" toggles it (the button's click), any other press outside closes it.
  useDismiss(ref, onClose, { anchor });
  return (
    <div ref={ref} className="oc-overflow__menu" role="menu" aria-label={label} style={place} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
