/**
 * embed.js: a host page writes
 *   <div data-dispatch-atlas="<story-id>" data-country="KAZ"></div>
 *   <script async src="https://HOST/PATH/embed.js"></script>
 * and gets a responsive, lazy-loaded iframe whose height follows its content.
 * Elements with `data-dispatch-atlas-select="KAZ"` select that country in the map when clicked.
 * Containers added to the page later are embedded as they appear (a MutationObserver), and
 * `DispatchAtlas.scan()` embeds any new container at once.
 * The only global is `window.DispatchAtlas`; including the script twice does no harm.
 */
import { envelope, parseMapMessage, type HostToMap } from '../shared/embedProtocol';
import { addsContainer, CONTAINER, triggerTarget } from './target';

interface Api {
  version: number;
  scan(): void;
  send(target: Element | number, message: HostToMap): void;
}

declare global {
  interface Window {
    DispatchAtlas?: Api;
  }
}

const PARAMS = ['country', 'place', 'step', 'lang', 'trust'] as const;
const MIN_HEIGHT = 320;
const MAX_HEIGHT = 4000;

function install(script: HTMLScriptElement | null): void {
  if (window.DispatchAtlas) {
    window.DispatchAtlas.scan();
    return;
  }
  const base = new URL('.', script?.src ?? document.baseURI);
  const frames: HTMLIFrameElement[] = [];

  function scan(): void {
    document.querySelectorAll<HTMLElement>(`${CONTAINER}:not([data-dispatch-atlas-ready])`).forEach((container) => {
      container.setAttribute('data-dispatch-atlas-ready', '');
      const frame = createFrame(container, base);
      frames.push(frame);
      container.appendChild(frame);
    });
  }

  function send(target: Element | number, message: HostToMap): void {
    const frame = typeof target === 'number' ? frames[target] : frames.find((candidate) => candidate === target || target.contains(candidate));
    frame?.contentWindow?.postMessage(envelope(message), base.origin);
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== base.origin) return;
    const frame = frames.find((candidate) => candidate.contentWindow === event.source);
    const message = parseMapMessage(event.data);
    if (!frame || !message) return;
    if (message.type === 'resize') frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, message.height))}px`;
    frame.parentElement?.dispatchEvent(new CustomEvent(`dispatch-atlas:${message.type}`, { bubbles: true, detail: message }));
  });

  document.addEventListener('click', (event) => {
    const trigger = (event.target as Element | null)?.closest?.('[data-dispatch-atlas-select]');
    if (!trigger) return;
    const country = trigger.getAttribute('data-dispatch-atlas-select') ?? '';
    const target = triggerTarget(trigger.getAttribute('data-dispatch-atlas-target'), document);
    if (target !== null) send(target, { type: 'select', country });
  });

  window.DispatchAtlas = { version: 1, scan, send };
  scan();
  // Pages that build their article after this script ran (a single-page app, lazy blocks) still get their maps.
  new MutationObserver((records) => {
    if (addsContainer(records)) scan();
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-dispatch-atlas'] });
}

function createFrame(container: HTMLElement, base: URL): HTMLIFrameElement {
  const story = container.getAttribute('data-dispatch-atlas') ?? '';
  const url = new URL('embed.html', base);
  url.searchParams.set('story', story);
  for (const name of PARAMS) {
    const value = container.getAttribute(`data-${name}`);
    if (value) url.searchParams.set(name, value);
  }
  const frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = container.getAttribute('data-title') ?? `Carte interactive / Interactive map: ${story}`;
  frame.loading = 'lazy';
  frame.allow = 'fullscreen';
  frame.style.cssText = 'display:block;width:100%;border:0;height:480px;';
  return frame;
}

install(document.currentScript as HTMLScriptElement | null);
