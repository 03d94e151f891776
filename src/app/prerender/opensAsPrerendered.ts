import { DEFAULT_LANG } from '../../shared/contract';
import type { UrlState } from '../state/urlState';

/**
 * Whether the address asks for the view the build pre-rendered: that story's overview in the reference language.
 * A selected place is applied after the first render, so it keeps the markup; a step, a country's frame or
 * another language draw a different first render.
 */
export function opensAsPrerendered(url: UrlState, prerendered: string, shown: string): boolean {
  return shown === prerendered && !url.step && !url.country && (url.lang ?? DEFAULT_LANG) === DEFAULT_LANG;
}
