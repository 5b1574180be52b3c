import type { desktop as en } from '../en/desktop';
import type { Translation } from '../types';

export const desktop: Translation<typeof en> = {
  closePrompt: {
    title: 'Niet-opgeslagen wijzigingen',
    message: 'Sluiten zonder in het bestand op te slaan?',
    detail: 'Er zijn wijzigingen aan dit bord die nog niet in het bestand staan.',
    leave: 'Sluiten zonder opslaan',
    stay: 'Verder werken',
  },
};
