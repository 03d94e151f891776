import { describe, expect, it } from 'vitest';
import { LANGUAGES, REFERENCE_LANG } from '../../src/app/i18n';
import { checkLanguages, i18nKeys, keyProblems } from '../../src/shell/i18nKeys';

const reference = Object.freeze({ title: 'Titre', count: (n: number) => `${n}`, role: Object.freeze({ host: 'Hôte', rival: 'Rival' }) });

describe('keyProblems', () => {
  it('finds nothing when the shapes match', () => {
    expect(keyProblems(reference, { title: 'Title', count: (n: number) => `${n}`, role: { host: 'Host', rival: 'Rival' } })).toEqual([]);
  });
  it('reports a missing key, a missing nested key and an extra key by their dotted paths', () => {
    expect(keyProblems(reference, { count: () => '', role: { host: 'Host' }, subtitle: 'x' })).toEqual([
      'missing key "role.rival"',
      'missing key "title"',
      'extra key "subtitle"',
    ]);
  });
  it('reports a value of the wrong type', () => {
    expect(keyProblems(reference, { title: 'Title', count: '3', role: { host: 'Host', rival: 'Rival' } })).toEqual([
      '"count" is a string, expected a function',
    ]);
  });
});

describe('the i18nKeys build check', () => {
  it('passes on the registered languages', () => {
    expect(checkLanguages(LANGUAGES, REFERENCE_LANG)).toEqual([]);
  });

  it('stops the build, naming the file and the key, when a language lacks a key', () => {
    const broken: Partial<typeof LANGUAGES.en.messages> = { ...LANGUAGES.en.messages };
    delete broken.appName;
    const languages = { ...LANGUAGES, en: { ...LANGUAGES.en, messages: broken } };
    expect(checkLanguages(languages, REFERENCE_LANG)).toEqual(['src/app/i18n/en.ts: missing key "appName" (as in fr.ts)']);
    const plugin = i18nKeys(languages, REFERENCE_LANG);
    const context = { error: (message: string) => { throw new Error(message); } };
    const buildStart = plugin.buildStart as unknown as (this: typeof context) => void;
    expect(() => buildStart.call(context)).toThrow(/en\.ts: missing key "appName"/);
  });
});
