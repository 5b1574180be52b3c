/**
 * The organisation model a board is closest to, why, and the next step: for the hints panel
 * and the presentation's hint reveal. Detection is a pure kernel; useDetection memoises it.
 */
import { useTranslation } from 'react-i18next';
import { describeDetection } from '../../shared/orgModels/describe';
import { useDetection } from './useDetection';

export function ModelPanel({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const detection = useDetection();
  const text = describeDetection(detection, t);
  return (
    <section className="oc-model" aria-label={text.title} data-testid="model-panel" data-model={detection.model ?? ''}>
      <h3 className="oc-model__headline">{text.headline}</h3>
      <p className="oc-model__confidence">{text.confidence}</p>
      {!compact && text.summary && <p className="oc-model__summary">{text.summary}</p>}
      {text.nextStep && (
        <p className="oc-model__next">
          <strong>{t('models.nextStep')}: </strong>
          {text.nextStep}
        </p>
      )}
      {!compact && (
        <details className="oc-model__details">
          <summary>{t('models.lookedAt')}</summary>
          <ul>
            {text.facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
          {text.why.length > 0 && (
            <>
              <h4>{t('models.why')}</h4>
              <ul>
                {text.why.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('models.scores')}</h4>
          <ul>
            {text.scores.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="oc-model__source">{text.source}</p>
        </details>
      )}
    </section>
  );
}
