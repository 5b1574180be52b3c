/** Every failure code the file channels can carry has its own message, in both languages. */
import { describe, expect, it } from 'vitest';
import { FileFailure } from '../../../shared/ipc/fileChannels';
import { createI18n } from '../../../shared/i18n';

describe('file failure messages', () => {
  const codes = FileFailure.shape.code.options;

  it('covers the codes added for issue 23', () => {
    expect(codes).toEqual(expect.arrayContaining(['notAFile', 'nameTooLong']));
  });

  for (const code of codes) {
    it(`${code}: worded in English and Dutch, naming the file`, () => {
      const [en, nl] = (['en', 'nl'] as const).map((lang) =>
        createI18n(lang).t(`storage.files.errors.${code}`, { file: 'klant.orgcanvas', detail: 'EIO', defaultValue: '' }),
      );
      expect(en).not.toBe('');
      expect(nl).not.toBe('');
      expect(en).not.toBe(nl);
      if (code !== 'unknownHandle') expect(en).toContain('klant.orgcanvas');
    });
  }
});
