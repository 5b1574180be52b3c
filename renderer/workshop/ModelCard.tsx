/**
 * The organisation-model card the workshop bar's chip opens: in the dock beside the canvas
 * (chrome/Dock.tsx), so it never covers its own chip; closes with its ×, Escape or a press
 * outside it (chrome/dismiss.ts), and the chip toggles it.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../chrome/dismiss';
import { ModelPanel } from './ModelPanel';
import { useWorkshop } from './workshopStore';

const close = () => useWorkshop.getState().setModelOpen(false);

export function ModelCard() {
  const { t } = useTranslation();
  const card = useRef<HTMLDivElement>(null);
  useDismiss(card, close, { anchor: '[data-testid="open-model"]' });
  return (
    <div ref={card} className="oc-modelcard" id="oc-model-card" data-testid="model-card">
      <button type="button" className="oc-modelcard__close" onClick={close} aria-label={t('models.close')}>
        ×
      </button>
      <ModelPanel />
    </div>
  );
}
