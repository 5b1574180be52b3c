import { afterEach, describe, expect, it } from 'vitest';
import { currentHyphenate, hyphenateLabels, remembering, subscribeHyphenate } from '../../../renderer/workshop/hyphenation';

const SOFT = '\u00ad';
const shown = (text: string) => text.replaceAll(SOFT, '-');

afterEach(() => hyphenateLabels(null));

describe('label hyphenation while presenting', () => {
  it('marks the breaks of Dutch compounds with soft hyphens, and nothing else changes', async () => {
    await hyphenateLabels('nl');
    const hyphenate = currentHyphenate()!;
    expect(shown(hyphenate('Webcaremedewerker'))).toBe('Web-ca-re-me-de-wer-ker');
    expect(shown(hyphenate('Applicatiebeheerder'))).toBe('Ap-pli-ca-tie-be-heer-der');
    // Take the soft hyphens out and the label is as it was.
    for (const label of ['Coördinator webcare', 'Social media team', 'Parkeerplaats: willen we op TikTok?', 'ICT']) {
      expect(hyphenate(label).replaceAll(SOFT, '')).toBe(label);
    }
  });

  it('uses the patterns of the language on screen', async () => {
    await hyphenateLabels('en');
    expect(shown(currentHyphenate()!('Communication'))).toBe('Com-mu-nic-a-tion');
  });

  it('tells its listeners, and stops when presenting ends', async () => {
    let heard = 0;
    const unsubscribe = subscribeHyphenate(() => heard++);
    await hyphenateLabels('nl');
    expect(currentHyphenate()).not.toBeNull();
    await hyphenateLabels(null);
    expect(currentHyphenate()).toBeNull();
    expect(heard).toBe(2);
    unsubscribe();
  });

  it('drops patterns that arrive after presenting ended or the language changed', async () => {
    const loading = hyphenateLabels('nl');
    await hyphenateLabels(null);
    await loading;
    expect(currentHyphenate()).toBeNull();

    const dutch = hyphenateLabels('nl');
    const english = hyphenateLabels('en');
    await Promise.all([dutch, english]);
    expect(shown(currentHyphenate()!('Communication'))).toBe('Com-mu-nic-a-tion');
  });

  it('leaves labels as they are in a language it has no patterns for', async () => {
    await hyphenateLabels('fy');
    expect(currentHyphenate()).toBeNull();
  });
});

describe('remembering', () => {
  it('hyphenates each label once', () => {
    let calls = 0;
    const hyphenate = remembering((text) => {
      calls++;
      return text.toUpperCase();
    });
    expect([hyphenate('a'), hyphenate('b'), hyphenate('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toBe(2);
  });
});
