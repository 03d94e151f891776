import { StrictMode, useEffect } from 'react';
import { DEFAULT_LANG } from '../shared/contract';
import { App } from './App';
import type { AppMode } from './appMode';
import { ErrorBoundary } from './components/ErrorBoundary';
import type { Preloaded } from './data/preload';
import { messagesFor } from './i18n';
import { hydrationDone } from './prerender/hydrating';
import { PrerenderContext, type PrerenderFrame } from './prerender/mapFrame';
import { parseUrlState } from './state/urlState';

interface Props {
  mode: AppMode;
  search: string;
  preloaded: Preloaded | null;
  /** The pre-rendered map's frame: given to the build's render and to the one that hydrates its markup. */
  frame: PrerenderFrame | null;
}

/** The whole page, the same tree on the build machine (pre-rendered) and in the browser. */
export function Root({ mode, search, preloaded, frame }: Props) {
  // The last guard: whatever throws below it, the reader gets a message and Retry, never a blank page.
  const t = messagesFor(parseUrlState(search).state.lang ?? DEFAULT_LANG);
  return (
    <StrictMode>
      <Live />
      <PrerenderContext value={frame}>
        <ErrorBoundary message={t.pageError} t={t}>
          <App mode={mode} search={search} preloaded={preloaded} />
        </ErrorBoundary>
      </PrerenderContext>
    </StrictMode>
  );
}

/** Marks the page as run by its scripts (`html[data-live]`): a pre-rendered page looks the same before. */
function Live() {
  useEffect(() => {
    hydrationDone();
    document.documentElement.setAttribute('data-live', '');
  }, []);
  return null;
}
