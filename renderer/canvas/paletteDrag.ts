/** The drag payload from a palette item to the canvas (HTML drag and drop). */
import type { NodeTemplate } from '../../shared/edit';
import { NODE_KINDS } from '../../shared/model/vocabulary';

export const TEMPLATE_MIME = 'application/x-orgcanvas-template';

export interface DraggedTemplate {
  template: NodeTemplate;
  label: string;
}

export function writeTemplate(data: DataTransfer, dragged: DraggedTemplate): void {
  data.setData(TEMPLATE_MIME, JSON.stringify(dragged));
  data.effectAllowed = 'copy';
}

export function readTemplate(data: DataTransfer): DraggedTemplate | undefined {
  const raw = data.getData(TEMPLATE_MIME);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as DraggedTemplate;
    if (!NODE_KINDS.includes(value.template?.kind) || typeof value.label !== 'string') return undefined;
    return value;
  } catch {
    return undefined;
  }
}
