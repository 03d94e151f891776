import { DEFAULT_LANG, type Lang, type StoryEvent } from '../../shared/contract';
import type { FeatureIndex } from '../data/featureIndex';
import type { CameraTarget } from '../map/camera';
import type { FeatureRef } from '../map/featureState';
import type { Selection } from './selection';
import type { ParsedUrl, UrlKey, UrlState } from './urlState';

export const TABS = ['article', 'countries', 'places', 'relations', 'events'] as const;
export type Tab = (typeof TABS)[number];

export interface CameraRequest {
  target: CameraTarget;
  seq: number;
}

/** What the live region says, kept as data and worded in the language it was said in. */
export type Announcement =
  | { kind: 'country' | 'place' | 'person'; id: string; lang: Lang }
  | { kind: 'step'; index: number; lang: Lang }
  | { kind: 'overview' | 'cleared'; lang: Lang };

/** Everything the reader can change, in one value: the only place it changes is `reader` below. */
export interface ReaderState {
  lang: Lang;
  selection: Selection;
  stepId: string | null;
  /** Features lit from outside the map (the article, the lists). */
  hovered: readonly FeatureRef[];
  /** A person's card: people are not map features, so they stay out of the address and the map's selection. */
  personId: string | null;
  sheetOpen: boolean;
  tab: Tab;
  camera: CameraRequest | null;
  /** Address parameters that were ignored, worded in the language of the address that held them. */
  notice: { lang: Lang; keys: readonly UrlKey[] } | null;
  announcement: Announcement | null;
  /** How the address follows the next change: replaced after reading it, a new entry after a reader's choice. */
  history: 'replace' | 'push';
  /** Whether the address has been read against the story's ids. */
  applied: boolean;
}

/** What the reducer needs to know of the story. */
export interface ReaderStory {
  steps: readonly { id: string; events: readonly string[]; relations: readonly string[]; bounds: CameraTarget['bounds']; camera?: CameraTarget['camera'] }[];
  overview: CameraTarget;
  features: FeatureIndex;
}

export type ReaderAction =
  /** The address, already checked against the story's ids; `initial` keeps the camera where the map starts. */
  | { type: 'address'; url: UrlState; ignored: readonly UrlKey[]; initial?: boolean }
  | { type: 'select'; selection: Selection; move?: boolean }
  | { type: 'person'; id: string }
  | { type: 'close-person' }
  | { type: 'step'; index: number | null }
  | { type: 'step-id'; id: string }
  | { type: 'event'; event: Pick<StoryEvent, 'id' | 'place'> }
  | { type: 'relation'; relation: string }
  | { type: 'hover'; refs: readonly FeatureRef[] }
  | { type: 'lang'; lang: Lang }
  | { type: 'tab'; tab: Tab }
  | { type: 'toggle-sheet' }
  | { type: 'dismiss-notice' }
  | { type: 'reset' };

export function initialReader(lang: Lang = DEFAULT_LANG): ReaderState {
  return {
    lang, selection: null, stepId: null, hovered: [], personId: null, sheetOpen: false, tab: 'article',
    camera: null, notice: null, announcement: null, history: 'replace', applied: false,
  };
}

/**
 * The reader's first state for the address the page opened with. An address that asks for nothing (the story's
 * own link) has nothing to check against the story's ids: it counts as applied at once, which spares the whole
 * page a render right after hydration.
 */
export function readerFor(url: ParsedUrl): ReaderState {
  const asksNothing = url.rejected.length === 0 && Object.values(url.state).every((value) => value === undefined);
  return { ...initialReader(url.state.lang), applied: asksNothing };
}

const NOTHING: readonly FeatureRef[] = [];

/** The reader's state after one action. Pure: the same state, action and story give the same result. */
export function reader(state: ReaderState, action: ReaderAction, story: ReaderStory): ReaderState {
  switch (action.type) {
    case 'address':
      return fromAddress(state, action, story);
    case 'select':
      return select({ ...state, history: 'push' }, action.selection, story, action.move ?? false);
    case 'person':
      if (!story.features.person(action.id)) return state;
      return { ...state, selection: null, hovered: NOTHING, personId: action.id, sheetOpen: true, history: 'push', announcement: { kind: 'person', id: action.id, lang: state.lang } };
    case 'close-person':
      return { ...state, personId: null };
    case 'step':
      return goStep({ ...state, history: 'push' }, action.index, story);
    case 'step-id': {
      const index = story.steps.findIndex((s) => s.id === action.id);
      return index >= 0 ? goStep({ ...state, history: 'push' }, index, story) : state;
    }
    case 'event': {
      const index = story.steps.findIndex((s) => s.events.includes(action.event.id));
      if (index >= 0) return goStep({ ...state, history: 'push' }, index, story);
      return select({ ...state, history: 'push' }, { kind: 'place', id: action.event.place }, story, true);
    }
    case 'relation': {
      const index = story.steps.findIndex((s) => s.relations.includes(action.relation));
      const stepped = index >= 0 ? goStep({ ...state, history: 'push' }, index, story) : state;
      // The map draws each annotated relation as one feature, with the relation's id.
      return { ...stepped, hovered: [{ source: 'relations', id: action.relation }] };
    }
    case 'hover':
      return { ...state, hovered: action.refs };
    case 'lang':
      return { ...state, lang: action.lang, history: 'push' };
    case 'tab':
      return { ...state, tab: action.tab };
    case 'toggle-sheet':
      return { ...state, sheetOpen: !state.sheetOpen };
    case 'dismiss-notice':
      return { ...state, notice: null };
    case 'reset':
      return goStep(select({ ...state, history: 'push' }, null, story, false), null, story);
  }
}

function fromAddress(state: ReaderState, action: Extract<ReaderAction, { type: 'address' }>, story: ReaderStory): ReaderState {
  const { url } = action;
  const lang = url.lang ?? DEFAULT_LANG;
  const selection: Selection = url.country ? { kind: 'country', id: url.country } : url.place ? { kind: 'place', id: url.place } : null;
  const step = story.steps.find((s) => s.id === url.step);
  return {
    ...state,
    lang,
    selection,
    // A link that names a country or place is about it: open the panel that shows its context.
    sheetOpen: selection ? true : state.sheetOpen,
    stepId: url.step ?? null,
    // A step or country picked before the layers arrived must not fly the map away from the address's view.
    camera: action.initial ? null : fly(state.camera, step ?? story.overview),
    notice: action.ignored.length ? { lang, keys: [...new Set(action.ignored)] } : null,
    history: 'replace',
    applied: true,
  };
}

function select(state: ReaderState, next: Selection, story: ReaderStory, move: boolean): ReaderState {
  const base = { ...state, selection: next, personId: null, hovered: NOTHING };
  if (!next) return { ...base, announcement: { kind: 'cleared', lang: state.lang } };
  const selected = { ...base, sheetOpen: true, announcement: { kind: next.kind, id: next.id, lang: state.lang } } satisfies ReaderState;
  if (!move) return selected;
  const target = next.kind === 'country' ? countryTarget(next.id, story) : placeTarget(next.id, story);
  return target ? { ...selected, camera: fly(state.camera, target) } : selected;
}

function goStep(state: ReaderState, index: number | null, story: ReaderStory): ReaderState {
  const clamped = index === null ? -1 : Math.max(0, Math.min(index, story.steps.length - 1));
  const next = clamped >= 0 ? story.steps[clamped] : undefined;
  return {
    ...state,
    stepId: next?.id ?? null,
    camera: fly(state.camera, next ?? story.overview),
    announcement: next ? { kind: 'step', index: clamped, lang: state.lang } : { kind: 'overview', lang: state.lang },
  };
}

/** The compiled frame: what of the country matters to the story, never a hemisphere. */
function countryTarget(id: string, story: ReaderStory): CameraTarget | undefined {
  const frame = story.features.country(id)?.properties.frame;
  return frame ? { bounds: frame } : undefined;
}

function placeTarget(id: string, story: ReaderStory): CameraTarget | undefined {
  const [lon, lat] = story.features.place(id)?.geometry.coordinates ?? [];
  if (lon === undefined || lat === undefined) return undefined;
  return { bounds: [lon - 4, lat - 3, lon + 4, lat + 3], camera: { center: [lon, lat], zoom: 4.5 } };
}

function fly(previous: CameraRequest | null, target: CameraTarget): CameraRequest {
  return { target, seq: (previous?.seq ?? 0) + 1 };
}

/** The step index of the state's step, or -1 in the overview. */
export function stepIndexOf(state: Pick<ReaderState, 'stepId'>, story: Pick<ReaderStory, 'steps'>): number {
  return state.stepId ? story.steps.findIndex((s) => s.id === state.stepId) : -1;
}
