import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withLoadingStatus } from '../../src/shell/loadingStatus';
import { messagesFor } from '../../src/app/i18n';
import { frStartup } from '../../src/app/i18n/fr';

const t = messagesFor('fr');
const STATUS = `<p class="loading" role="status" data-failed="${frStartup.startupFailed}" data-sandboxed="${frStartup.startupSandboxed}">${t.loading}</p>`;

describe('the status written into the page at build time', () => {
  it.each(['index.html', 'embed.html'])('fills the empty root of %s with the app’s first status, in French', (page) => {
    const html = withLoadingStatus(readFileSync(page, 'utf8'));
    expect(html).toContain(`<div id="root">${STATUS}</div>`);
    expect(html.match(/role="status"/g)).toHaveLength(1);
  });

  it('refuses a page without an empty root, instead of shipping one without its status', () => {
    expect(() => withLoadingStatus('<body><main id="app"></main></body>')).toThrow(/no "<div id="root"><\/div>"/);
  });
});
