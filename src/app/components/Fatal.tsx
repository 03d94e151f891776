import type { Messages } from '../i18n';
import { LoadError } from './LoadError';

/** The whole page when there is no story to show: a message, with Retry when trying again may help. */
export function Fatal({ message, t, onRetry }: { message: string; t: Messages; onRetry?: () => void }) {
  return (
    <main className="fatal">
      <h1>{t.appName}</h1>
      {onRetry ? <LoadError message={message} t={t} onRetry={onRetry} /> : <p role="status">{message}</p>}
    </main>
  );
}
