import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../src/shared/contract';
import { Timeline } from '../../src/app/components/Timeline';
import { fr } from '../../src/app/i18n/fr';

const event = (id: string, date: string): StoryEvent => ({
  id,
  date,
  place: 'xian',
  title: { fr: id, en: id },
  quote: { paragraph: 'p2', start: 0, end: 8, text: 'vendredi' },
  context: false,
});

const render = (events: StoryEvent[]) =>
  renderToStaticMarkup(createElement(Timeline, { events, active: new Set<string>(), lang: 'fr', locale: 'fr-FR', t: fr, onEvent: () => {} }));

describe('the timeline of a story with few dates (issue #15)', () => {
  it('draws nothing, and so no 1970 axis, when the story has no dated event', () => {
    expect(render([])).toBe('');
  });

  it('draws one mark on a span around a single event, with no epoch date', () => {
    const html = render([event('summit', '2023-05-19')]);
    expect(html.match(/timeline__dot/g)).toHaveLength(1);
    expect(html).not.toMatch(/1970|\b70\b/);
    expect(html).toMatch(/mai/);
  });

  it('names each month once on a span of a few weeks', () => {
    const html = render([event('leak', '2022-10-11'), event('nord-stream', '2022-09')]);
    const labels = [...html.matchAll(/<span>([^<]*)<\/span>/g)].map((match) => match[1]);
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
