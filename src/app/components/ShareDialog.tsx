import { useRef, useState } from 'react';
import type { Messages } from '../i18n';
import type { Snippets } from '../embed/snippets';

interface Props {
  snippets: () => Snippets;
  t: Messages;
}

type Field = keyof Snippets;
const FIELDS: readonly Field[] = ['link', 'snippet', 'iframe'];

/** Share / Embed: the link to this view, the loader snippet and a plain iframe, each with a copy button. */
export function ShareDialog({ snippets, t }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Snippets | null>(null);
  const [copied, setCopied] = useState<Field | null>(null);
  const label: Record<Field, string> = { link: t.shareLink, snippet: t.shareSnippet, iframe: t.shareIframe };

  const open = () => {
    setValues(snippets());
    setCopied(null);
    dialog.current?.showModal();
  };
  const copy = async (field: Field) => {
    if (!values) return;
    try {
      await navigator.clipboard.writeText(values[field]);
    } catch {
      // Without clipboard permission the text is selected instead, ready for Ctrl+C.
      const area = dialog.current?.querySelector<HTMLTextAreaElement>(`#share-${field}`);
      area?.select();
    }
    setCopied(field);
  };

  return (
    <>
      <button type="button" className="share-button" onClick={open} aria-haspopup="dialog" aria-label={t.share}>
        <span aria-hidden="true" className="share-button__icon">⤴</span>
        <span aria-hidden="true" className="share-button__label">{t.share}</span>
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title">
        <h2 id="share-title">{t.shareTitle}</h2>
        {values &&
          FIELDS.map((field) => (
            <div key={field} className="share-dialog__field">
              <label htmlFor={`share-${field}`}>{label[field]}</label>
              <textarea id={`share-${field}`} readOnly rows={field === 'link' ? 2 : 4} value={values[field]} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" onClick={() => void copy(field)}>
                {copied === field ? t.copied : t.copy}
              </button>
            </div>
          ))}
        <button type="button" className="share-dialog__close" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </dialog>
    </>
  );
}
