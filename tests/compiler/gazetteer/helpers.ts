import { createGazetteer, findMentions, type PersonInput } from '../../../src/compiler/gazetteer';

export const gazetteer = createGazetteer();

/** The mentions in one paragraph, as "text → entity (form)" lines, easy to read in a failing test. */
export function found(text: string, people: PersonInput[] = []): string[] {
  return findMentions([{ id: 'p1', text }], gazetteer, people).map((m) => `${m.text} → ${m.entity} (${m.form})`);
}

export function entities(text: string, people: PersonInput[] = []): string[] {
  return [...new Set(findMentions([{ id: 'p1', text }], gazetteer, people).map((m) => m.entity))];
}

/** Paragraphs of a feed dispatch: blocks separated by blank lines. */
export function paragraphsOf(article: string): { id: string; text: string }[] {
  return article
    .split(/\n[ \t]*\n/)
    .filter((block) => block.trim() !== '')
    .map((text, i) => ({ id: `p${i + 1}`, text }));
}
