import { useEffect, useRef } from 'react';
import type { Lang } from '../../shared/contract';
import { envelope, parseHostMessage, trustedOrigins, type MapToHost } from '../../shared/embedProtocol';
import type { Selection } from '../state/selection';
import { parentOrigin } from './parentOrigin';

export interface HostBridge {
  enabled: boolean;
  storyId: string | undefined;
  ready: boolean;
  selection: Selection;
  stepId: string | null;
  onSelect: (selection: Selection) => void;
  onStep: (stepId: string) => void;
  onLang: (lang: Lang) => void;
  onReset: () => void;
}

/**
 * The embed's side of the postMessage API: it obeys trusted hosts and tells its host
 * when it is ready, how tall it is and what the reader selected.
 */
export function useHostBridge(bridge: HostBridge): void {
  const { enabled, storyId, ready, selection, stepId } = bridge;
  const handlers = useRef(bridge);
  useEffect(() => {
    handlers.current = bridge;
  });

  useEffect(() => {
    if (!enabled) return;
    const trusted = trustedOrigins(new URLSearchParams(window.location.search).get('trust'), parentOrigin());
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !trusted.has(event.origin)) return;
      const message = parseHostMessage(event.data);
      if (!message) return;
      const current = handlers.current;
      if (message.type === 'select') current.onSelect(message.country ? { kind: 'country', id: message.country } : { kind: 'place', id: message.place! });
      else if (message.type === 'step') current.onStep(message.step);
      else if (message.type === 'lang') current.onLang(message.lang);
      else current.onReset();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [enabled]);

  useEffect(() => {
    if (enabled && ready && storyId) postToHost({ type: 'ready', story: storyId });
  }, [enabled, ready, storyId]);

  useEffect(() => {
    if (!enabled || !ready) return;
    postToHost({
      type: 'select',
      country: selection?.kind === 'country' ? selection.id : null,
      place: selection?.kind === 'place' ? selection.id : null,
      step: stepId,
    });
  }, [enabled, ready, selection, stepId]);

  useEffect(() => {
    if (!enabled) return;
    let last = -1;
    const report = () => {
      // scrollHeight counts overflow that the box does not: a pixel short and the iframe would scroll itself.
      const root = document.documentElement;
      const height = Math.max(root.scrollHeight, Math.ceil(root.getBoundingClientRect().height));
      if (height !== last) postToHost({ type: 'resize', height: (last = height) });
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [enabled]);
}

function postToHost(message: MapToHost): void {
  if (window.parent === window) return;
  window.parent.postMessage(envelope(message), parentOrigin() ?? '*');
}
