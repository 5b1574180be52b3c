/** The workshop bar's model chip: the closest organisation model, one click from its card. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { detectModel } from '../../shared/models/detect';
import { useAppStore } from '../store/store';

export function ModelButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const board = useAppStore((s) => s.board);
  const model = useMemo(() => detectModel(board).model, [board]);
  return (
    <button type="button" aria-pressed={open} aria-expanded={open} onClick={onToggle} data-testid="open-model" data-model={model ?? ''}>
      {t('models.title')}: {model ? t(`models.names.${model}`) : '—'}
    </button>
  );
}
