import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// These files declare each subset with its unicode-range, so a page in French fetches the latin subset only.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './app.css';
import { DEFAULT_LANG } from '../shared/contract';
import { App, type AppProps } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { messagesFor } from './i18n';
import { parseUrlState } from './state/urlState';

/** Starts the app in the page (`index.html`) or in an iframe (`embed.html`). */
export function boot(mode: NonNullable<AppProps['mode']>): void {
  // The last guard: whatever throws below it, the reader gets a message and Retry, never a blank page.
  const t = messagesFor(parseUrlState(window.location.search).state.lang ?? DEFAULT_LANG);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary message={t.pageError} t={t}>
        <App mode={mode} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
