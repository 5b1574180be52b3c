import { afterEach, describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { hyphenateLabels, useHyphenation, wordsLanguage } from '../../../renderer/workshop/hyphenation';

const currentHyphenate = () => useHyphenation.getState().hyphenate;

const SOFT = '\u00ad';
const shown = (text: string) => text.replaceAll(SOFT, '-');
/** The demo board's words: a Dutch organisation, in both languages of the app. */
const dutch = demoBoard().nodes.map((n) => n.label);
const english = ['Board of directors', 'Managing director', 'Social media strategist', 'Customer service', 'Webcare coordinator', 'Spokesperson', 'Reputation monitoring', 'Monthly report'];

afterEach(() => hyphenateLabels(null));

describe('the language of the board', () => {
  it('is told from its words, whatever the language on screen', async () => {
    expect(await wordsLanguage(dutch, 'en')).toBe('nl');
    expect(await wordsLanguage(english, 'nl')).toBe('en');
  });

  it('is the language on screen where the words cannot tell', async () => {
    expect(await wordsLanguage(['ICT'], 'en')).toBe('en');
    expect(await wordsLanguage([], 'nl')).toBe('nl');
  });
});

describe('label hyphenation while presenting', () => {
  it('marks the breaks of Dutch compounds with soft hyphens, and nothing else changes', async () => {
    // English menus, Dutch words: the Dutch patterns.
    await hyphenateLabels({ labels: dutch, fallback: 'en' });
    const hyphenate = currentHyphenate()!;
    expect(shown(hyphenate('Webcaremedewerker'))).toBe('Web-ca-re-me-de-wer-ker');
    expect(shown(hyphenate('Applicatiebeheerder'))).toBe('Ap-pli-ca-tie-be-heer-der');
    // Take the soft hyphens out and the label is as it was.
    for (const label of dutch) expect(hyphenate(label).replaceAll(SOFT, '')).toBe(label);
  });

  it('uses the English patterns for English words', async () => {
    await hyphenateLabels({ labels: english, fallback: 'nl' });
    expect(shown(currentHyphenate()!('Communication'))).toBe('Com-mu-nic-a-tion');
  });

  it('tells its listeners, and stops when presenting ends', async () => {
    let heard = 0;
    const unsubscribe = useHyphenation.subscribe(() => heard++);
    await hyphenateLabels({ labels: dutch, fallback: 'nl' });
    expect(currentHyphenate()).not.toBeNull();
    await hyphenateLabels(null);
    expect(currentHyphenate()).toBeNull();
    expect(heard).toBe(2);
    unsubscribe();
  });

  it('drops patterns that arrive after presenting ended or began again', async () => {
    const loading = hyphenateLabels({ labels: dutch, fallback: 'nl' });
    await hyphenateLabels(null);
    await loading;
    expect(currentHyphenate()).toBeNull();

    const first = hyphenateLabels({ labels: dutch, fallback: 'nl' });
    const second = hyphenateLabels({ labels: english, fallback: 'en' });
    await Promise.all([first, second]);
    expect(shown(currentHyphenate()!('Communication'))).toBe('Com-mu-nic-a-tion');
  });

  it('leaves labels as they are in a language it has no patterns for', async () => {
    await hyphenateLabels({ labels: [], fallback: 'fy' });
    expect(currentHyphenate()).toBeNull();
  });
});
