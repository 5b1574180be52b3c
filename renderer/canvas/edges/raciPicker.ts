/** A click on an edge's RACI badge opens the letter picker under the badge, whichever layer drew the edge. */
import { useAppStore } from '../../store/store';

export function openRaciPicker(target: Element, edgeId: string) {
  const badge = target.closest('.oc-raci');
  if (!badge) return;
  const box = badge.getBoundingClientRect();
  useAppStore.getState().setUi({ raciPicker: { edgeId, at: { x: box.left + box.width / 2, y: box.bottom } } });
}
