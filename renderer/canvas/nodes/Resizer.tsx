/**
 * Resize handles on a selected department or note. A resize is one undo step, like a drag;
 * a department never ends smaller than the roles inside it.
 */
import { NodeResizer } from '@xyflow/react';
import { growToFit, resizeNode } from '../../../shared/edit';
import { useAppStore } from '../../store/store';

export function Resizer({ id, selected, minWidth, minHeight }: { id: string; selected: boolean; minWidth: number; minHeight: number }) {
  return (
    <NodeResizer
      isVisible={selected}
      minWidth={minWidth}
      minHeight={minHeight}
      lineClassName="oc-resize-line"
      handleClassName="oc-resize-handle"
      onResizeStart={() => useAppStore.getState().beginDrag()}
      onResize={(_event, params) => useAppStore.getState().changeBoard((board) => resizeNode(board, id, params))}
      onResizeEnd={() => {
        const store = useAppStore.getState();
        store.changeBoard((board) => growToFit(board, id));
        store.endDrag();
      }}
    />
  );
}
