/**
 * "Start from a template": the five organisation models and the four situations, each with
 * its example organisation, how it works, when it fits and its risks, so the room can pick
 * its starting point. Opening goes through the caller (the library adds it as a new board).
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../chrome/dismiss';
import { TEMPLATES, type TemplateId } from '../../shared/templates';

const FIELDS = ['organisation', 'explanation', 'fits', 'risks'] as const;

export function TemplatePicker({ onOpen, onClose }: { onOpen: (id: TemplateId, title: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  useDismiss(dialog, onClose, { modal: true });
  return (
    <div className="oc-templates__backdrop">
      <div
        ref={dialog}
        className="oc-templates"
        role="dialog"
        aria-modal="true"
        aria-labelledby="oc-templates-title"
        data-testid="template-picker"
      >
        <header className="oc-templates__header">
          <h2 id="oc-templates-title">{t('workshop.templates.dialog')}</h2>
          <button type="button" onClick={onClose} autoFocus>
            {t('workshop.templates.close')}
          </button>
        </header>
        <p className="oc-templates__note">{t('workshop.templates.newBoardNote')}</p>
        {(['model', 'situation'] as const).map((group) => (
          <section key={group}>
            <h3>{t(`templates.groups.${group}`)}</h3>
            <ul className="oc-templates__grid">
              {TEMPLATES.filter((tpl) => tpl.group === group).map(({ id }) => {
                const title = t(`templates.items.${id}.title`);
                return (
                  <li key={id} className="oc-templates__card" data-template={id}>
                    <h4>{title}</h4>
                    <dl>
                      {FIELDS.map((field) => (
                        <div key={field}>
                          <dt>{t(`templates.fields.${field}`)}</dt>
                          <dd>{t(`templates.items.${id}.${field}`)}</dd>
                        </div>
                      ))}
                    </dl>
                    <button type="button" className="oc-templates__open" onClick={() => onOpen(id, title)}>
                      {t('templates.open')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
