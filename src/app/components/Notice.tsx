import type { Messages } from '../i18n';

/** A quiet, dismissible notice: the page keeps working around it. */
export function Notice({ message, t, onDismiss }: { message: string | null; t: Messages; onDismiss: () => void }) {
  return (
    <div className="notice" role="status" data-testid="notice" hidden={!message}>
      {message && (
        <>
          <span>{message}</span>
          <button type="button" className="link-button" onClick={onDismiss}>{t.dismiss}</button>
        </>
      )}
    </div>
  );
}
