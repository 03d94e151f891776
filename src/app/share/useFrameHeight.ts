import { useEffect, useState } from 'react';
import { parseMapMessage } from '../../shared/embedProtocol';

/**
 * The embed page's height at `width`, as it reports it itself: the page is loaded off screen in an iframe of
 * that width, and its last `resize` message once it is `ready` (and the layout has had a moment) is the
 * answer. `null` while measuring, or with no address.
 */
export function useFrameHeight(url: string | null, width: number): number | null {
  const [measured, setMeasured] = useState<{ key: string; height: number } | null>(null);
  const key = `${url}@${width}`;
  useEffect(() => {
    if (!url) return;
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = '';
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:400px;border:0;visibility:hidden;pointer-events:none`;
    let last = 0;
    let ready = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      if (ready && last > 0) timer = setTimeout(() => setMeasured({ key, height: last }), 400);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      const message = parseMapMessage(event.data);
      if (message?.type === 'resize') last = message.height;
      else if (message?.type === 'ready') ready = true;
      else return;
      settle();
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
    };
  }, [url, width, key]);
  return measured?.key === key ? measured.height : null;
}
