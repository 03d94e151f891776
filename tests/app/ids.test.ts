import { describe, expect, it } from 'vitest';
import { ID_MAX_LENGTH, isId } from '../../src/shared/contract';
import { parseAnnotation } from '../../src/compiler/annotation/parseAnnotation';
import { parseUrlState } from '../../src/app/state/urlState';
import { shareSnippets } from '../../src/app/share/snippets';
import { envelope, parseHostMessage, parseMapMessage } from '../../src/shared/embedProtocol';

const TITLE = 'title: { fr: Titre, en: Title }\n';
const step = (id: string) => `${TITLE}steps:\n  - id: ${id}\n    title: { fr: Étape, en: Step }\n`;
const compilerAccepts = (id: string) => parseAnnotation(step(id), 'seeds/test/story.yaml').ok;

// Ids the red team found accepted by the compiler and refused everywhere else.
const LONG = 'a'.repeat(ID_MAX_LENGTH);
const IDS = ['Astana_City', 'kaz-rus_border-2023', `x${'y'.repeat(76)}`, `Z${'_'.repeat(84)}`, LONG];

describe('one id rule, from the contract, on every side', () => {
  it.each(IDS)('%s: the compiler accepts it, and it survives the address, the share link and the protocol', (id) => {
    expect(compilerAccepts(id)).toBe(true);
    expect(isId(id)).toBe(true);

    const { state, rejected } = parseUrlState(`?story=s&place=${encodeURIComponent(id)}&step=${encodeURIComponent(id)}`);
    expect(rejected).toEqual([]);
    expect(state).toMatchObject({ place: id, step: id });

    const { link } = shareSnippets('https://example.org/atlas/', { story: 's', place: id, step: id }, 'Titre');
    expect(parseUrlState(new URL(link).search).state).toEqual({ story: 's', place: id, step: id });

    expect(parseHostMessage(envelope({ type: 'select', place: id }))).toEqual({ type: 'select', place: id });
    expect(parseHostMessage(envelope({ type: 'step', step: id }))).toEqual({ type: 'step', step: id });
    expect(parseMapMessage(envelope({ type: 'select', country: null, place: id, step: id }))).toMatchObject({ place: id, step: id });
  });

  it.each([`${LONG}b`, '_lead', '-lead', 'has space', 'é'])('%s: refused by the compiler and everywhere else', (id) => {
    expect(compilerAccepts(JSON.stringify(id))).toBe(false);
    expect(isId(id)).toBe(false);
    expect(parseUrlState(`?place=${encodeURIComponent(id)}`).rejected).toEqual([{ key: 'place', reason: 'malformed' }]);
    expect(parseHostMessage(envelope({ type: 'step', step: id }))).toBeNull();
  });
});
