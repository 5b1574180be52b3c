import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from '../../../renderer/library/dates';

const AT = Date.UTC(2026, 11, 5, 14, 2, 11);

describe('dates in the user language', () => {
  it('reads as the platform formats it, in both languages', () => {
    for (const language of ['en', 'nl']) {
      expect(formatTime(AT, language)).toBe(new Date(AT).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }));
      expect(formatDateTime(AT, language)).toBe(new Date(AT).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }));
    }
  });

  it('keeps the languages apart when both are used in one session', () => {
    const english = formatDateTime(AT, 'en');
    const dutch = formatDateTime(AT, 'nl');
    expect(dutch).not.toBe(english);
    expect(dutch).toMatch(/dec/);
    expect(formatDateTime(AT, 'en')).toBe(english);
  });
});
