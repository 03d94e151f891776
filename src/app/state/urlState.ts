import { DEFAULT_LANG, isCountryCode, isId, isLang, isStoryId, type Lang } from '../../shared/contract';
import type { Selection } from './selection';

/** What the address bar can say about the reader's view. */
export interface UrlState {
  story?: string;
  country?: string;
  place?: string;
  step?: string;
  lang?: Lang;
}

export type UrlKey = keyof UrlState;

/** A parameter the app could not use, kept only to tell the reader. */
export interface Rejected {
  key: UrlKey;
  reason: 'malformed' | 'unknown' | 'repeated';
}

export interface ParsedUrl {
  state: UrlState;
  rejected: Rejected[];
}

/** The values the loaded story knows; anything else is ignored. */
export interface Known {
  stories?: readonly string[];
  countries?: readonly string[];
  places?: readonly string[];
  steps?: readonly string[];
}

const KEYS: readonly UrlKey[] = ['story', 'country', 'place', 'step', 'lang'];
/** The contract's rules, so every id the compiler accepts survives a trip through the address. */
const SHAPES: Record<UrlKey, (value: string) => boolean> = {
  story: isStoryId,
  country: isCountryCode,
  place: isId,
  step: isId,
  lang: isLang,
};

/** Reads a query string by shape alone: the first well-formed value of each key wins. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const rejected: Rejected[] = [];
  for (const key of KEYS) {
    const values = params.getAll(key);
    if (values.length === 0) continue;
    if (values.length > 1) rejected.push({ key, reason: 'repeated' });
    const value = values[0]!;
    if (!SHAPES[key](value)) {
      rejected.push({ key, reason: 'malformed' });
      continue;
    }
    assign(state, key, value);
  }
  return { state, rejected };
}

/** Drops the values the loaded story does not know, and says which. */
export function restrictToKnown(parsed: ParsedUrl, known: Known): ParsedUrl {
  const lists: Partial<Record<UrlKey, readonly string[] | undefined>> = {
    story: known.stories,
    country: known.countries,
    place: known.places,
    step: known.steps,
  };
  const state: UrlState = { ...parsed.state };
  const rejected = [...parsed.rejected];
  for (const key of ['story', 'country', 'place', 'step'] as const) {
    const value = state[key];
    const list = lists[key];
    if (value === undefined || list === undefined || list.includes(value)) continue;
    delete state[key];
    rejected.push({ key, reason: 'unknown' });
  }
  return { state, rejected };
}

/** The story the address asks for when the index has it, else the index's first. */
export function storyToShow(requested: string | undefined, stories: readonly string[]): string | undefined {
  return restrictToKnown({ state: { story: requested }, rejected: [] }, { stories }).state.story ?? stories[0];
}

/** Writes the state in a fixed key order, leaving out what is unset, so equal states give equal URLs. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The address of a reader's view: the story, what is selected, the step, and the language unless French. */
export function shareState(story: string, view: { selection: Selection; stepId: string | null; lang: Lang }): UrlState & { story: string } {
  const { selection, stepId, lang } = view;
  return {
    story,
    ...(selection?.kind === 'country' ? { country: selection.id } : {}),
    ...(selection?.kind === 'place' ? { place: selection.id } : {}),
    ...(stepId ? { step: stepId } : {}),
    ...(lang === DEFAULT_LANG ? {} : { lang }),
  };
}

function assign(state: UrlState, key: UrlKey, value: string): void {
  if (key === 'lang') state.lang = value as Lang;
  else state[key] = value;
}
