import { describe, expect, it } from 'vitest';
import { shareSnippets } from '../../src/app/share/snippets';
import { escapeAttribute } from '../../src/shared/escapeAttribute';

describe('shareSnippets', () => {
  const base = 'https://example.org/graphics/atlas/index.html?story=x&country=KAZ';

  it('builds every URL under the base path the app is served from', () => {
    const { link, snippet, iframe } = shareSnippets(base, { story: 'blinken', country: 'KAZ', step: 'border' }, 'Carte');
    expect(link).toBe('https://example.org/graphics/atlas/?story=blinken&country=KAZ&step=border');
    expect(snippet).toBe(
      '<div data-dispatch-atlas="blinken" data-country="KAZ" data-step="border"></div>\n<script async src="https://example.org/graphics/atlas/embed.js"></script>',
    );
    expect(iframe).toContain('src="https://example.org/graphics/atlas/embed.html?story=blinken&amp;country=KAZ&amp;step=border"');
    expect(iframe).toContain('title="Carte" loading="lazy"');
  });

  it('escapes a title that contains markup', () => {
    expect(shareSnippets(base, { story: 's' }, '"><script>alert(1)</script>').iframe).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('escapeAttribute', () => {
  it('escapes the characters that end an attribute or open a tag', () => {
    expect(escapeAttribute(`a&"<>'`)).toBe(`a&amp;&quot;&lt;&gt;'`);
  });
});
