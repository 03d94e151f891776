import type { Messages } from '../i18n';

/** Says which file failed and offers to fetch it again. */
export function LoadError({ message, t, onRetry }: { message: string; t: Messages; onRetry: () => void }) {
  return (
    <div className="load-error" role="alert">
      <span>{message}</span>
      <button type="button" onClick={onRetry}>{t.retry}</button>
    </div>
  );
}
