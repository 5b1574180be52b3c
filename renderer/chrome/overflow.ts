/**
 * Which items of a one-row bar go into its "⋯" menu. Pure: the bar (OverflowBar.tsx) measures
 * its items and its own width and asks this. Measured, not set per breakpoint, because the
 * same bar is 30 % wider in Dutch ("Bestand openen…", "Organisatiemodel: …") than in English.
 */

export interface BarItem {
  /** Its width on the bar, in CSS pixels. */
  width: number;
  /** Cannot go into the menu (it is not a button, e.g. the save state): always on the bar. */
  keep: boolean;
}

/**
 * The indices of the items that do not fit in `available` pixels, items `gap` apart. When any
 * must go, the menu button (`moreWidth`, one more gap) needs room too. Items leave from the end,
 * and once one has left every later one follows (except those kept), so the menu lists them in
 * the bar's order and the bar never skips one in the middle.
 */
export function overflowingItems(items: readonly BarItem[], available: number, gap: number, moreWidth: number): number[] {
  const total = rowWidth(items, gap);
  // Half a pixel of slack: widths are fractional and a bar that fits must not flicker to a menu.
  if (total <= available + 0.5) return [];
  const kept = items.reduce((sum, item) => sum + (item.keep ? item.width + gap : 0), 0);
  let room = available - moreWidth - kept;
  const hidden: number[] = [];
  let full = false;
  items.forEach((item, index) => {
    if (item.keep) return;
    if (!full && item.width + gap <= room + 0.5) room -= item.width + gap;
    else {
      full = true;
      hidden.push(index);
    }
  });
  return hidden;
}

/** The width of all the items in one row, `gap` apart. */
export function rowWidth(items: readonly BarItem[], gap: number): number {
  if (items.length === 0) return 0;
  return items.reduce((sum, item) => sum + item.width, 0) + gap * (items.length - 1);
}
