/** Storage settings: whether the browser promised to keep the boards (navigator.storage.persist). */
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

export function StorageSettings() {
  const { t } = useTranslation();
  const persistence = useSession((s) => s.persistence);
  if (!persistence) return null;
  return (
    <section className="oc-storage-settings" aria-labelledby="oc-storage-settings-title">
      <h2 id="oc-storage-settings-title">{t('storage.settings.title')}</h2>
      <p data-persistence={persistence}>{t(`storage.settings.persistence.${persistence}`)}</p>
    </section>
  );
}
