/** Storage settings: whether the browser promised to keep the boards (navigator.storage.persist). */
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

export function StorageSettings() {
  const { t } = useTranslation();
  const persistence = useSession((s) => s.persistence);
  if (!persistence) return null;
  return (
    <aside className="oc-storage-settings" aria-label={t('storage.settings.title')}>
      <h3>{t('storage.settings.title')}</h3>
      <p data-persistence={persistence}>{t(`storage.settings.persistence.${persistence}`)}</p>
    </aside>
  );
}
