/** The workshop bar's model chip: the closest organisation model, one click from its card. */
import { useTranslation } from 'react-i18next';
import { useDetection } from './useDetection';

export function ModelButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const { model } = useDetection();
  return (
    <button type="button" aria-pressed={open} aria-expanded={open} aria-controls={open ? 'oc-model-card' : undefined} onClick={onToggle} data-testid="open-model" data-model={model ?? ''}>
      {t('models.title')}: {model ? t(`models.names.${model}`) : '—'}
    </button>
  );
}
