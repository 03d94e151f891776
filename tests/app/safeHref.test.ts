import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/app/format/safeHref';

describe('safeHref', () => {
  it('keeps http and https links', () => {
    expect(safeHref('https://www.cia.gov/the-world-factbook/')).toBe('https://www.cia.gov/the-world-factbook/');
    expect(safeHref('http://example.org')).toBe('http://example.org');
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'not a url', '', undefined])('drops %s', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});
