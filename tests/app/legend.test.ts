import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { COUNTRY_ROLES, LANGS, type LegendEntry } from '../../src/shared/contract';
import { Legend } from '../../src/app/components/Legend';
import { messagesFor } from '../../src/app/i18n';

const legend: LegendEntry[] = [{ role: 'host', countries: ['KAZ'] }, { role: 'mentioned', countries: ['FRA'] }];
const render = (roles: LegendEntry['role'][] | null, lang: 'fr' | 'en') =>
  renderToStaticMarkup(createElement(Legend, { legend, roles, kinds: [], t: messagesFor(lang), open: true }));

describe('the legend', () => {
  it('words each role from the interface strings of the reader’s language', () => {
    expect(render(null, 'en')).toContain('Host country');
    expect(render(null, 'fr')).toContain('Pays hôte');
    expect(render(null, 'en')).not.toContain('Pays hôte');
  });

  it('lists only the story’s roles that the map draws on screen', () => {
    const html = render(['mentioned'], 'en');
    expect(html).toContain('Other countries mentioned');
    expect(html).not.toContain('Host country');
  });

  it('has a distinct line for every role of the contract, in every language', () => {
    for (const lang of LANGS) {
      const lines = COUNTRY_ROLES.map((role) => messagesFor(lang).legendRole[role]);
      expect(new Set(lines).size, lang).toBe(COUNTRY_ROLES.length);
    }
  });
});
