import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { LAYERS, type Paragraph } from '../shared/contract';
import type { AppMode } from './appMode';
import { FIRST_VIEW_LAYERS } from './data/loadStory';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Fatal } from './components/Fatal';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { LoadError } from './components/LoadError';
import { Notice } from './components/Notice';
import { Panel } from './components/Panel';
import { ShareDialog } from './components/ShareDialog';
import { Stage } from './components/Stage';
import { layersOrEmpty } from './data/emptyLayers';
import { useStory } from './data/useStory';
import type { Preloaded } from './data/preload';
import { knownSelection } from './embedBridge/hostSelection';
import { embedUrlFor, shareSnippets } from './share/snippets';
import { useHostBridge } from './embedBridge/useHostBridge';
import { useSelectionFocus } from './a11y/useSelectionFocus';
import { announcementText, noticeText } from './format/announcement';
import { useAddress } from './hooks/useAddress';
import { useReaderKeys } from './hooks/useReaderKeys';
import { useReaderStory, useReaderView } from './hooks/useReaderView';
import { reader, readerFor, type ReaderAction, type ReaderState } from './state/reader';
import { parseUrlState, shareState, type Known } from './state/urlState';

const NO_PARAGRAPHS: readonly Paragraph[] = [];

export interface AppProps {
  mode?: AppMode;
  /** The address's query string, which the page opened with. */
  search: string;
  /** The story's first view, read before rendering: a pre-rendered page's, which this render hydrates. */
  preloaded?: Preloaded | null;
}

/** Wires the story's files, the reader's state, the address and the host page to the page's parts. */
export function App({ mode = 'page', search, preloaded }: AppProps) {
  const embedded = mode === 'embed';
  const [initialUrl] = useState(() => parseUrlState(search));
  const load = useStory(initialUrl.state.story, preloaded);
  const story = load.manifest?.ok ? load.manifest.data : null;
  const layers = useMemo(() => layersOrEmpty(load.layers), [load.layers]);
  // The world's land comes after the first view, which never waits for it.
  const layersSettled = FIRST_VIEW_LAYERS.every((name) => load.layers[name] !== undefined);
  const { features, readerStory } = useReaderStory(story, layers);
  const reduce = useCallback((state: ReaderState, action: ReaderAction) => (readerStory ? reader(state, action, readerStory) : state), [readerStory]);
  const [state, dispatch] = useReducer(reduce, initialUrl, readerFor);
  const view = useReaderView(story, layers, state, features);
  const { t } = view;
  const panelRef = useRef<HTMLElement>(null);
  // The map is created in the commit where the story arrives; the article's hundreds of elements come
  // one render later, so that the map's worker parses its data while they are laid out. Deferred here,
  // where it happens once per page, and not in the article, which mounts again whenever a card closes.
  // A pre-rendered page already shows the article: the render that hydrates it has it too.
  const paragraphs = useDeferredValue(story?.paragraphs ?? NO_PARAGRAPHS, preloaded ? preloaded.manifest.paragraphs : NO_PARAGRAPHS);

  // The address can only be checked once the story's ids have arrived from the network.
  const known = useMemo<Known | null>(() => (story && layersSettled && load.index?.ok ? {
    stories: load.index.data.stories.map((s) => s.id),
    countries: [...new Set([...story.countries.map((c) => c.id), ...layers.countries.features.map((f) => f.properties.id)])],
    places: layers.places.features.map((f) => f.properties.id),
    steps: story.steps.map((s) => s.id),
  } : null), [story, layersSettled, load.index, layers]);
  useAddress(state, dispatch, { initial: initialUrl, storyId: load.storyId, known, embedded });
  useReaderKeys(state, view.stepIndex, dispatch, story !== null);
  useSelectionFocus(state.selection ? `${state.selection.kind}-${state.selection.id}` : null, panelRef);
  useHostBridge({
    enabled: embedded,
    storyId: load.storyId,
    ready: state.applied,
    selection: state.selection,
    stepId: state.stepId,
    onSelect: (next) => {
      const selection = knownSelection(next, features);
      if (selection) dispatch({ type: 'select', selection, move: true });
      else console.warn('Dispatch Atlas: the host asked to select an id this story does not have; ignored.');
    },
    onStep: (id) => dispatch({ type: 'step-id', id }),
    onLang: (lang) => dispatch({ type: 'lang', lang }),
    onReset: () => dispatch({ type: 'reset' }),
  });

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = story ? `${story.title[state.lang]} · ${t.appName}` : t.appName;
  }, [state.lang, story, t]);

  if (load.index && !load.index.ok) return <Fatal message={t.loadError('index.json')} t={t} onRetry={load.retryIndex} />;
  if (load.index?.ok && load.index.data.stories.length === 0) return <Fatal message={t.noStories} t={t} />;
  if (load.manifest && !load.manifest.ok) return <Fatal message={`${t.loadErrorStory} ${t.loadError(load.manifest.file)}`} t={t} onRetry={load.retryManifest} />;
  if (!story || !readerStory) return <p className="loading" role="status">{t.loading}</p>;

  // Layers that travel in one file fail together: one message and one retry per file.
  const failed = [...new Map(LAYERS.flatMap((name) => {
    const result = load.layers[name];
    return result && !result.ok ? [[result.file, { name, file: result.file }] as const] : [];
  })).values()];
  const storyId = load.storyId ?? story.id;
  // Each part of the page fails alone, naming the files it draws from: the panels show story.json, the map the layers.
  const guard = (file: string, onRetry: () => void, node: ReactNode) => (
    <ErrorBoundary message={t.renderError(file)} t={t} onRetry={onRetry}>{node}</ErrorBoundary>
  );
  const guardStory = (node: ReactNode) => guard(`${storyId}/story.json`, load.retryManifest, node);

  return (
    <div className={`app${embedded ? ' app--embed' : ''}${state.sheetOpen ? ' sheet-open' : ''}`}>
      {guardStory(<Header
        story={story}
        lang={state.lang}
        locale={view.locale}
        t={t}
        onLang={(lang) => dispatch({ type: 'lang', lang })}
        actions={embedded ? undefined : <ShareDialog
          t={t}
          snippets={(frame) => shareSnippets(document.baseURI, shareState(storyId, state), story.title[state.lang], frame)}
          embedUrl={() => embedUrlFor(document.baseURI, shareState(storyId, state))}
        />}
      />)}
      <Notice message={noticeText(state.notice)} t={t} onDismiss={() => dispatch({ type: 'dismiss-notice' })} />
      {failed.map(({ name, file }) => (
        <LoadError key={name} message={t.loadError(file)} t={t} onRetry={() => load.retryLayer(name)} />
      ))}
      <Stage
        story={story}
        storyId={storyId}
        layers={layers}
        settled={layersSettled}
        initialUrl={initialUrl.state}
        readerStory={readerStory}
        state={state}
        view={view}
        dispatch={dispatch}
        embedded={embedded}
        guard={guard}
        retryLayers={load.retryLayers}
        retryManifest={load.retryManifest}
      />
      <Panel story={story} layers={layers} paragraphs={paragraphs} state={state} view={view} dispatch={dispatch} guard={guardStory} panelRef={panelRef} />
      {guardStory(<Footer story={story} t={t} />)}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">{announcementText(state.announcement, story, layers)}</div>
    </div>
  );
}
