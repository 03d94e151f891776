import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// A third language, added the way the README says: its code in the one list, and one strings file (here
// English words under a German name). Everything that reads languages must then accept it, with no other edit.
vi.mock('../../src/shared/languages', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/shared/languages')>()),
  LANGS: ['fr', 'en', 'de'],
}));
vi.mock('../../src/app/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/app/i18n')>();
  const de = { messages: { ...original.LANGUAGES.en.messages, readInThisLanguage: 'Die Oberfläche auf Deutsch lesen' }, locale: 'de-DE', name: 'Deutsch' };
  return { ...original, LANGUAGES: { ...original.LANGUAGES, de } };
});

const { parseUrlState } = await import('../../src/app/state/urlState');
const { otherLanguages, messagesFor } = await import('../../src/app/i18n');
const { Header } = await import('../../src/app/components/Header');
const { explainIndex } = await import('../../src/app/data/shape');
const { envelope, parseHostMessage } = await import('../../src/shared/embedProtocol');
const { annotationSchema } = await import('../../src/compiler/annotation/schema');

const title = { fr: 'Titre', en: 'Title', de: 'Titel' };

describe('a third language, added in one list and one strings file', () => {
  it('is read from the address', () => {
    expect(parseUrlState('?lang=de')).toEqual({ state: { lang: 'de' }, rejected: [] });
  });

  it('gets a button in the language switch, named in itself', () => {
    expect(otherLanguages('fr')).toEqual(['en', 'de']);
    const story = { title, published: '2023-02-28', source: { name: 'AFP' }, credits: [] };
    const html = renderToStaticMarkup(createElement(Header, { story: story as never, lang: 'fr', locale: 'fr-FR', t: messagesFor('fr'), onLang: () => undefined }));
    expect(html).toContain('lang="de"');
    expect(html).toContain('Die Oberfläche auf Deutsch lesen');
  });

  it('passes the data checks, which then want every text in it', () => {
    const story = { id: 'x', title, published: '2023-02-28', language: 'de' };
    expect(explainIndex({ stories: [story] })).toBeNull();
    expect(explainIndex({ stories: [{ ...story, title: { fr: 'Titre', en: 'Title' } }] })).toMatch(/de/);
  });

  it('is a language a host page may ask for', () => {
    expect(parseHostMessage(envelope({ type: 'lang', lang: 'de' } as never))).toEqual({ type: 'lang', lang: 'de' });
  });

  it('is a language the annotation must write its texts in', () => {
    const event = { id: 'e', date: '2023-02-28', place: 'astana', quote: 'mot', title };
    expect(annotationSchema.shape.events.safeParse([event]).success).toBe(true);
    expect(annotationSchema.shape.events.safeParse([{ ...event, title: { fr: 'Titre', en: 'Title' } }]).success).toBe(false);
  });
});
