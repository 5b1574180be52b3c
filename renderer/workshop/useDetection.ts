/**
 * The board's organisation model, recomputed only when something the model reads changes:
 * a drag or a resize hands back the previous detection (same object), so the workshop bar
 * and the model card do not re-render while nodes move. Detection ignores positions, sizes
 * and notes, exactly what the rule set's semantic comparison ignores.
 */
import type { Board } from '../../shared/model/board';
import { detectModel, type ModelDetection } from '../../shared/orgModels/detect';
import { semanticallyEqual } from '../../shared/rules';
import { useAppStore } from '../store/store';

let last: { board: Board; detection: ModelDetection } | undefined;

export function detectionFor(board: Board): ModelDetection {
  if (last && (last.board === board || semanticallyEqual(last.board, board))) {
    last = { board, detection: last.detection };
    return last.detection;
  }
  last = { board, detection: detectModel(board) };
  return last.detection;
}

export function useDetection(): ModelDetection {
  return useAppStore((s) => detectionFor(s.board));
}
