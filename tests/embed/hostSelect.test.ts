import { describe, expect, it, vi } from 'vitest';
import { knownSelection } from '../../src/app/embedBridge/hostSelection';
import { indexFeatures } from '../../src/app/data/featureIndex';
import { addsContainer, triggerTarget } from '../../src/embedLoader/target';
import { compiledStories } from '../app/compiledData';

const [{ layers }] = compiledStories() as [ReturnType<typeof compiledStories>[number]];

describe('a host page’s select', () => {
  it('selects a country or place the story has', () => {
    expect(knownSelection({ kind: 'country', id: 'KAZ' }, indexFeatures(layers))).toEqual({ kind: 'country', id: 'KAZ' });
    expect(knownSelection({ kind: 'place', id: 'astana' }, indexFeatures(layers))).toEqual({ kind: 'place', id: 'astana' });
  });

  it.each([
    ['country', 'ZZZ'],
    ['place', 'constructor'],
    ['place', '__proto__'],
    ['place', 'toString'],
    ['country', 'astana'],
    ['place', 'KAZ'],
  ] as const)('ignores a %s id the story does not have: %s', (kind, id) => {
    expect(knownSelection({ kind, id }, indexFeatures(layers))).toBeNull();
  });
});

describe('the loader’s data-dispatch-atlas-target', () => {
  const embed = { id: 'first' } as unknown as Element;
  const page = {
    querySelector: (selector: string) => {
      if (selector === '#first') return embed;
      if (/^[#.a-z]/i.test(selector)) return null;
      throw new DOMException(`'${selector}' is not a valid selector`, 'SyntaxError');
    },
  };

  it('drives the element it names, or the first embed when there is none', () => {
    expect(triggerTarget('#first', page)).toBe(embed);
    expect(triggerTarget(null, page)).toBe(0);
  });

  it.each(['#[', '!!', '#nothing-here'])('ignores %s, with a console warning, instead of throwing or driving the first embed', (selector) => {
    const warn = vi.fn();
    expect(triggerTarget(selector, page, warn)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toContain(selector);
  });
});

describe('containers added after embed.js ran', () => {
  const element = (matches: boolean, holds = false) => ({ nodeType: 1, matches: () => matches, querySelector: () => (holds ? {} : null) });
  const added = (...nodes: object[]) => ({ type: 'childList', addedNodes: nodes }) as unknown as MutationRecord;

  it('are noticed whether added alone or inside another element', () => {
    expect(addsContainer([added(element(true))])).toBe(true);
    expect(addsContainer([added(element(false, true))])).toBe(true);
    expect(addsContainer([{ type: 'attributes' } as MutationRecord])).toBe(true);
  });

  it('and other changes to the page are not', () => {
    expect(addsContainer([added(element(false)), added({ nodeType: 3 })])).toBe(false);
  });
});
