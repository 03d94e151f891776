import { useEffect, useRef, useState } from 'react';
import type { Messages } from '../i18n';
import { DEFAULT_FRAME_WIDTH, MAX_FRAME_WIDTH, MIN_FRAME_WIDTH, type FrameSize, type Snippets } from '../share/snippets';
import { useFrameHeight } from '../share/useFrameHeight';

interface Props {
  /** The snippets for the current view; the plain iframe takes `frame`'s size. */
  snippets: (frame?: FrameSize) => Snippets;
  /** The embed page for the current view, measured at the width asked for. */
  embedUrl: () => string;
  t: Messages;
}

type Field = keyof Snippets;
const FIELDS: readonly Field[] = ['link', 'snippet', 'iframe'];

/** Share / Embed: the link to this view, the loader snippet and a plain iframe, each with a copy button. */
export function ShareDialog({ snippets, embedUrl, t }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [isOpen, setOpen] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [width, setWidth] = useState(DEFAULT_FRAME_WIDTH);
  const [copied, setCopied] = useState<Field | null>(null);
  const label: Record<Field, string> = { link: t.shareLink, snippet: t.shareSnippet, iframe: t.shareIframe };
  const frameWidth = Math.min(MAX_FRAME_WIDTH, Math.max(MIN_FRAME_WIDTH, Math.round(width) || DEFAULT_FRAME_WIDTH));
  // The plain iframe cannot follow its content: the embed is measured, off screen, at the width asked for.
  const height = useFrameHeight(isOpen ? url : null, frameWidth);
  const values = isOpen ? snippets(height === null ? { width: frameWidth, height: 0 } : { width: frameWidth, height }) : null;

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    const onClose = () => setOpen(false);
    node.addEventListener('close', onClose);
    return () => node.removeEventListener('close', onClose);
  }, []);

  const open = () => {
    setUrl(embedUrl());
    setOpen(true);
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
              {field === 'iframe' && (
                <p className="share-dialog__width">
                  <label htmlFor="share-width">{t.shareWidth}</label>{' '}
                  <input
                    id="share-width"
                    type="number"
                    min={MIN_FRAME_WIDTH}
                    max={MAX_FRAME_WIDTH}
                    step={10}
                    value={width}
                    onChange={(e) => setWidth(e.currentTarget.valueAsNumber)}
                  />{' '}
                  <span role="status" className="muted">{height === null ? t.shareMeasuring : ''}</span>
                </p>
              )}
              <textarea
                id={`share-${field}`}
                readOnly
                rows={field === 'link' ? 2 : 4}
                value={field === 'iframe' && height === null ? '' : values[field]}
                data-measured={field === 'iframe' ? String(height !== null) : undefined}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button type="button" onClick={() => void copy(field)} disabled={field === 'iframe' && height === null}>
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
