import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { APP_LAYER_FILES, type Lang, type Mention, type Paragraph, type RelationKind, type RelationProperties, type StoryEvent, type StoryLayers } from '../contract';
import { ArticleText, type MentionTarget } from './components/ArticleText';
import { ContextCard } from './components/ContextCard';
import { PersonCard } from './components/PersonCard';
import { CountryList } from './components/CountryList';
import { EventList } from './components/EventList';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { Legend } from './components/Legend';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LoadError } from './components/LoadError';
import { Notice } from './components/Notice';
import { PlaceList } from './components/PlaceList';
import { RelationList } from './components/RelationList';
import { StoryWalk } from './components/StoryWalk';
import { layersOrEmpty } from './data/emptyLayers';
import { LAYER_SOURCES } from './data/loadStory';
import { useStory } from './data/useStory';
import { localeOf, messagesFor } from './i18n';
import { geometryBounds, projectionFor, type CameraTarget } from './map/camera';
import type { FeatureRef } from './map/featureState';
import { MapFallback } from './map/MapFallback';
import { MapView, type CameraRequest } from './map/MapView';
import { useSelectionFocus } from './a11y/useSelectionFocus';
import { claimsForStep, countryContext, mentionsByParagraph, placeContext, type Selection } from './state/selection';
import { stepFocus } from './state/stepFocus';
import { parseUrlState, restrictToKnown, serializeUrlState, type ParsedUrl, type Rejected } from './state/urlState';
import { nameResolver } from './story/names';
import { RELATION_KINDS } from './map/theme';
import { knownSelection } from './embed/hostSelection';
import { useHostBridge } from './embed/useHostBridge';
import { embedUrlFor, shareSnippets, type ShareState } from './embed/snippets';
import { ShareDialog } from './components/ShareDialog';
import { term } from './i18n/term';
import { relationSummaries, relationEnds, targetWords, type RelationSummary } from './story/relationSummary';
import { shownRelationIds } from './state/shownRelations';
import { useOnScreen } from './map/useOnScreen';

type Tab = 'article' | 'countries' | 'places' | 'relations' | 'events';
const TABS: readonly Tab[] = ['article', 'countries', 'places', 'relations', 'events'];
const NO_RELATIONS: readonly string[] = [];
const NO_PARAGRAPHS: readonly Paragraph[] = [];
const LAYER_NAMES: readonly (keyof StoryLayers)[] = ['countries', 'borders', 'places', 'labels', 'relations'];

export interface AppProps {
  /** `embed`: the compact layout for an iframe, with the host-page API and cooperative gestures. */
  mode?: 'page' | 'embed';
}

export function App({ mode = 'page' }: AppProps) {
  const embedded = mode === 'embed';
  const [initialUrl] = useState(() => parseUrlState(window.location.search));
  const [lang, setLang] = useState<Lang>(initialUrl.state.lang ?? 'fr');
  const load = useStory(initialUrl.state.story);
  const [selection, setSelection] = useState<Selection>(null);
  const [stepId, setStepId] = useState<string | null>(null);
  const [applied, setApplied] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [cameraRequest, setCameraRequest] = useState<CameraRequest | null>(null);
  const [hovered, setHovered] = useState<FeatureRef[]>([]);
  const [tab, setTab] = useState<Tab>('article');
  const [sheetOpen, setSheetOpen] = useState(false);
  // A person's card: people are not map features, so they stay out of the address and the map's selection.
  const [personId, setPersonId] = useState<string | null>(null);
  const fromUrl = useRef(true);
  const panelRef = useRef<HTMLElement>(null);
  const t = messagesFor(lang);
  const locale = localeOf(lang);

  const story = load.manifest?.ok ? load.manifest.data : null;
  // The map is created in the commit where the story arrives; the article's hundreds of elements come
  // one render later, so that the map's worker parses its data while they are laid out. Deferred here,
  // where it happens once per page, and not in the article, which mounts again whenever a card closes.
  const paragraphs = useDeferredValue(story?.paragraphs ?? NO_PARAGRAPHS, NO_PARAGRAPHS);
  const layers = useMemo(() => layersOrEmpty(load.layers), [load.layers]);
  const layersSettled = LAYER_NAMES.every((name) => load.layers[name] !== undefined);
  const stepIndex = story && stepId ? story.steps.findIndex((s) => s.id === stepId) : -1;
  const step = story && stepIndex >= 0 ? story.steps[stepIndex] : undefined;

  const overview = useMemo<CameraTarget | null>(
    () => (story ? { bounds: story.bounds, ...(story.camera ? { camera: story.camera } : {}) } : null),
    [story],
  );
  // The map starts where the address points (its step, else the overview), so loading it needs no flight.
  // A link to a country opens on that country's frame.
  const startTarget = useMemo<CameraTarget | null>(() => {
    if (!story || !overview) return null;
    const linked = layers.countries.features.find((f) => f.properties.id === initialUrl.state.country)?.properties.frame;
    return story.steps.find((s) => s.id === initialUrl.state.step) ?? (linked ? { bounds: linked } : overview);
  }, [story, overview, initialUrl, layers]);
  const fly = useCallback((target: CameraTarget) => setCameraRequest((r) => ({ target, seq: (r?.seq ?? 0) + 1 })), []);

  // Opens exactly what the address says, once the story's ids are known; unknown values become a notice.
  const applyUrl = useCallback(
    (parsed: ParsedUrl, extra: Rejected[] = [], { initial = false } = {}) => {
      if (!story || !overview) return;
      const known = {
        countries: [...new Set([...story.countries.map((c) => c.id), ...layers.countries.features.map((f) => f.properties.id)])],
        places: layers.places.features.map((f) => f.properties.id),
        steps: story.steps.map((s) => s.id),
      };
      const { state, rejected } = restrictToKnown(parsed, known);
      fromUrl.current = true;
      setLang(state.lang ?? 'fr');
      setSelection(state.country ? { kind: 'country', id: state.country } : state.place ? { kind: 'place', id: state.place } : null);
      // A link that names a country or place is about it: open the panel that shows its context.
      if (state.country || state.place) setSheetOpen(true);
      setStepId(state.step ?? null);
      const target = story.steps.find((s) => s.id === state.step);
      // A step or country picked before the layers arrived must not fly the map away from the address's view.
      if (initial) setCameraRequest(null);
      else fly(target ?? overview);
      const all = [...extra, ...rejected];
      const l = state.lang ?? 'fr';
      setNotice(all.length ? messagesFor(l).noticeIgnored([...new Set(all.map((r) => messagesFor(l).urlParam[r.key] ?? messagesFor(l).urlParamOther))].join(', ')) : null);
    },
    [story, overview, layers, fly],
  );

  useEffect(() => {
    if (applied || !story || !layersSettled) return;
    // The address can only be checked once the story's ids have arrived from the network.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    applyUrl(initialUrl, load.unknownStory ? [{ key: 'story', reason: 'unknown' }] : [], { initial: true });
    setApplied(true);
  }, [applied, story, layersSettled, applyUrl, initialUrl, load.unknownStory]);

  useEffect(() => {
    if (!applied) return;
    const onPop = () => {
      const parsed = parseUrlState(window.location.search);
      if (parsed.state.story && parsed.state.story !== load.storyId) window.location.reload();
      else applyUrl(parsed);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [applied, applyUrl, load.storyId]);

  // The address follows the reader: a new history entry per choice, a replaced one after reading the address.
  useEffect(() => {
    if (!applied) return;
    const search = serializeUrlState({
      story: load.storyId,
      country: selection?.kind === 'country' ? selection.id : undefined,
      place: selection?.kind === 'place' ? selection.id : undefined,
      step: stepId ?? undefined,
      lang: lang === 'fr' ? undefined : lang,
    });
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      // An embed never adds history entries: the host page's Back button belongs to the host.
      if (fromUrl.current || embedded) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    fromUrl.current = false;
  }, [applied, load.storyId, selection, stepId, lang, embedded]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = story ? `${story.title[lang]} · ${t.appName}` : t.appName;
  }, [lang, story, t]);

  const nameOf = useMemo(() => (story ? nameResolver(story, layers, lang) : (id: string) => id), [story, layers, lang]);

  const select = useCallback(
    (next: Selection, options: { move?: boolean } = {}) => {
      setSelection(next);
      setPersonId(null);
      setHovered([]);
      if (!next) {
        setAnnouncement(t.announceCleared);
        return;
      }
      setAnnouncement(next.kind === 'country' ? t.announceCountry(nameOf(next.id)) : t.announcePlace(nameOf(next.id)));
      setSheetOpen(true);
      if (!options.move) return;
      if (next.kind === 'country') {
        const feature = layers.countries.features.find((f) => f.properties.id === next.id);
        // The compiled frame: what of the country matters to the story, never a hemisphere.
        const bounds = feature && (feature.properties.frame ?? geometryBounds(feature.geometry));
        if (bounds) fly({ bounds });
      } else {
        const feature = layers.places.features.find((f) => f.properties.id === next.id);
        const [lon, lat] = feature?.geometry.coordinates ?? [];
        if (lon !== undefined && lat !== undefined) fly({ bounds: [lon - 4, lat - 3, lon + 4, lat + 3], camera: { center: [lon, lat], zoom: 4.5 } });
      }
    },
    [t, nameOf, layers, fly],
  );

  const openPerson = useCallback(
    (id: string) => {
      const person = story?.people.find((p) => p.id === id);
      if (!person) return;
      setSelection(null);
      setHovered([]);
      setPersonId(id);
      setSheetOpen(true);
      setAnnouncement(t.announcePerson(person.name));
    },
    [story, t],
  );

  const goStep = useCallback(
    (index: number | null) => {
      if (!story || !overview) return;
      const next = index === null ? undefined : story.steps[Math.max(0, Math.min(index, story.steps.length - 1))];
      setStepId(next?.id ?? null);
      fly(next ?? overview);
      setAnnouncement(
        next ? t.announceStep(story.steps.indexOf(next) + 1, story.steps.length, next.title[lang]) : t.overview,
      );
    },
    [story, overview, fly, t, lang],
  );

  const onEvent = useCallback(
    (event: StoryEvent) => {
      if (!story) return;
      const index = story.steps.findIndex((s) => s.events.includes(event.id));
      if (index >= 0) goStep(index);
      else select({ kind: 'place', id: event.place }, { move: true });
    },
    [story, goStep, select],
  );

  const onRelation = useCallback(
    (relation: RelationProperties) => {
      if (!story) return;
      const index = story.steps.findIndex((s) => s.relations.includes(relation.relation));
      if (index >= 0) goStep(index);
      // The map draws each annotated relation as one feature, with the relation's id.
      setHovered([{ source: 'relations', id: relation.relation }]);
    },
    [story, goStep],
  );

  // ArrowLeft/ArrowRight walk the story unless the reader is typing or panning the map; Esc closes the card.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], .maplibregl-canvas');
      // Esc in a dialog closes the dialog only.
      if (event.key === 'Escape' && personId && !target?.closest('dialog')) {
        setPersonId(null);
        return;
      }
      if (event.key === 'Escape' && selection && !target?.closest('dialog')) {
        select(null);
        return;
      }
      if (typing || !story) return;
      if (event.key === 'ArrowRight') goStep(stepIndex < 0 ? 0 : stepIndex + 1);
      else if (event.key === 'ArrowLeft' && stepIndex >= 0) goStep(stepIndex === 0 ? null : stepIndex - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [story, stepIndex, goStep, selection, select, personId]);

  useHostBridge({
    enabled: embedded,
    storyId: load.storyId,
    ready: applied,
    selection,
    stepId,
    onSelect: (next) => {
      const known = knownSelection(next, layers);
      if (known) select(known, { move: true });
      else console.warn('Dispatch Atlas: the host asked to select an id this story does not have; ignored.');
    },
    onStep: (id) => {
      const index = story?.steps.findIndex((s) => s.id === id) ?? -1;
      if (index >= 0) goStep(index);
    },
    onLang: setLang,
    onReset: () => {
      select(null);
      goStep(null);
    },
  });

  const mentions = useMemo(() => (story ? mentionsByParagraph(story, layers) : new Map<string, Mention[]>()), [story, layers]);
  const targetOf = useCallback(
    (mention: Mention): MentionTarget | undefined => {
      if (layers.countries.features.some((f) => f.properties.id === mention.entity)) return { kind: 'country', id: mention.entity };
      if (layers.places.features.some((f) => f.properties.id === mention.entity)) return { kind: 'place', id: mention.entity };
      const person = story?.people.find((p) => p.id === mention.entity);
      return person ? { kind: 'person', id: person.id, country: person.country } : undefined;
    },
    [layers, story],
  );
  const hoverTarget = useCallback((target: MentionTarget | null) => {
    if (target?.kind === 'person') setHovered(target.country ? [{ source: 'countries', id: target.country }] : []);
    else setHovered(target ? [{ source: target.kind === 'country' ? 'countries' : 'places', id: target.id }] : []);
  }, []);

  const focus = useMemo(() => (step && story ? stepFocus(step, story.events, layers) : null), [step, story, layers]);
  const projection = useMemo(() => projectionFor(step ? step.camera : story?.camera), [step, story]);
  const relationList = useMemo(() => relationSummaries(layers), [layers]);
  const roles = useMemo(() => new Map((story?.countries ?? []).map((c) => [c.id, c.role])), [story]);
  const endsOf = useMemo(() => {
    const words = targetWords(t, locale);
    return (relation: RelationSummary) => relationEnds(relation, roles, nameOf, words);
  }, [t, locale, roles, nameOf]);
  const shownRelations = useMemo(
    () => (story ? shownRelationIds(story, step, selection, relationList, layers) : NO_RELATIONS),
    [story, step, selection, relationList, layers],
  );
  // The legend lists the kinds of line the reader can see, and nothing else.
  const kinds = useMemo<RelationKind[]>(
    () => RELATION_KINDS.filter((k) => relationList.some((r) => r.kind === k && shownRelations.includes(r.relation))),
    [relationList, shownRelations],
  );
  const [legendOpen] = useState(() => !embedded && !window.matchMedia('(max-width: 700px)').matches);
  const [drawn, setDrawn] = useOnScreen();
  useSelectionFocus(selection ? `${selection.kind}-${selection.id}` : null, panelRef);

  if (load.index && !load.index.ok) return <Fatal message={t.loadError('index.json')} t={t} onRetry={load.retryIndex} />;
  if (load.index?.ok && load.index.data.stories.length === 0) return <Fatal message={t.noStories} t={t} />;
  if (load.manifest && !load.manifest.ok) return <Fatal message={`${t.loadErrorStory} ${t.loadError(load.manifest.file)}`} t={t} onRetry={load.retryManifest} />;
  if (!story || !overview || !startTarget) return <p className="loading" role="status">{t.loading}</p>;

  // Layers that travel in one file fail together: one message and one retry per file.
  const failed = [...new Map(LAYER_NAMES.flatMap((name) => {
    const result = load.layers[name];
    return result && !result.ok ? [[result.file, { name, file: result.file }] as const] : [];
  })).values()];
  const context =
    selection?.kind === 'country' ? countryContext(selection.id, story, layers)
    : selection?.kind === 'place' ? placeContext(selection.id, story, layers)
    : undefined;
  const person = personId ? story.people.find((p) => p.id === personId) : undefined;
  const selectedCountry = selection?.kind === 'country' ? layers.countries.features.find((f) => f.properties.id === selection.id) : undefined;
  const selectedPlace = selection?.kind === 'place' ? layers.places.features.find((f) => f.properties.id === selection.id) : undefined;
  const herePlace = layers.places.features.find(
    (f) => f.properties.kind === 'capital' && story.countries.some((c) => c.role === 'host' && c.id === f.properties.country),
  );
  // Each part of the page fails alone, naming the files it draws from: the panels show story.json, the map the layers.
  const storyFile = `${load.storyId ?? story.id}/story.json`;
  const mapFiles = APP_LAYER_FILES.map((file) => `${load.storyId ?? story.id}/${file}`).join(', ');
  const retryLayers = () => LAYER_SOURCES.forEach((source) => load.retryLayer(source.layers[0]!));
  const guard = (file: string, onRetry: () => void, node: ReactNode) => (
    <ErrorBoundary message={t.renderError(file)} t={t} onRetry={onRetry}>{node}</ErrorBoundary>
  );
  const tabLabel: Record<Tab, string> = { article: t.tabArticle, countries: t.tabCountries, places: t.tabPlaces, relations: t.tabRelations, events: t.tabEvents };

  return (
    <div className={`app${embedded ? ' app--embed' : ''}${sheetOpen ? ' sheet-open' : ''}`}>
      {guard(storyFile, load.retryManifest, <Header
        story={story}
        lang={lang}
        locale={locale}
        t={t}
        onLang={setLang}
        actions={embedded ? undefined : <ShareDialog
          t={t}
          snippets={(frame) => shareSnippets(document.baseURI, shareState(load.storyId ?? story.id, selection, stepId, lang), story.title[lang], frame)}
          embedUrl={() => embedUrlFor(document.baseURI, shareState(load.storyId ?? story.id, selection, stepId, lang))}
        />}
      />)}
      <Notice message={notice} t={t} onDismiss={() => setNotice(null)} />
      {failed.map(({ name, file }) => (
        <LoadError key={name} message={t.loadError(file)} t={t} onRetry={() => load.retryLayer(name)} />
      ))}
      <main className="stage">
        {guard(mapFiles, retryLayers, layersSettled ? <MapFallback
          notice={t.staticMapNotice}
          loading={t.loading}
          staticMap={{ story, layers, lang, t, selection, focus, bounds: (step ?? overview).bounds, onSelect: (next) => select(next) }}
        >{({ onUnavailable, onSettled }) => <MapView
          story={story}
          layers={layers}
          lang={lang}
          t={t}
          selection={selection}
          hovered={hovered}
          focus={focus}
          stepRelations={step?.relations ?? NO_RELATIONS}
          shownRelations={shownRelations}
          relations={relationList}
          endsOf={endsOf}
          projection={projection}
          initialTarget={startTarget}
          cameraRequest={cameraRequest}
          onSelect={(next) => select(next)}
          onReset={() => goStep(null)}
          cooperative={embedded}
          onUnavailable={onUnavailable}
          onSettled={onSettled}
          onScreen={setDrawn}
        />}</MapFallback> : <p className="loading" role="status">{t.loading}</p>)}
        {guard(storyFile, load.retryManifest, <Legend legend={story.legend} roles={drawn?.roles ?? null} kinds={drawn ? kinds.filter((k) => drawn.kinds.includes(k)) : kinds} lang={lang} t={t} open={legendOpen} here={drawn && !drawn.here ? undefined : herePlace?.properties.name[lang]} />)}
      </main>
      <aside className="panel" data-testid="panel" aria-label={t.panelLabel} ref={panelRef}>
        <button
          type="button"
          className="sheet-handle"
          aria-expanded={sheetOpen}
          onClick={() => setSheetOpen((open) => !open)}
        >
          <span aria-hidden="true" className="sheet-handle__bar" />
          <span className="visually-hidden">{sheetOpen ? t.collapseSheet : t.expandSheet}</span>
        </button>
        {guard(storyFile, load.retryManifest, <StoryWalk
          steps={story.steps}
          events={story.events}
          index={stepIndex >= 0 ? stepIndex : null}
          lang={lang}
          locale={locale}
          t={t}
          claims={step ? claimsForStep(step, story.claims, layers) : []}
          onGo={goStep}
          onEvent={onEvent}
        />)}
        {person ? (
          <PersonCard
            key={person.id}
            person={person}
            story={story}
            lang={lang}
            t={t}
            nameOf={nameOf}
            onCountry={(id) => select({ kind: 'country', id }, { move: true })}
            onClose={() => setPersonId(null)}
          />
        ) : guard(storyFile, load.retryManifest, context && (selectedCountry || selectedPlace) ? (
          <ContextCard
            key={`${selection?.kind}-${selection?.id}`}
            title={(selectedCountry ?? selectedPlace)!.properties.name[lang]}
            subtitle={
              selectedCountry
                ? `${term(t.role, selectedCountry.properties.role)} · ${t.mentions(selectedCountry.properties.mentionCount)}`
                : `${term(t.placeKind, selectedPlace!.properties.kind)}${selectedPlace!.properties.country ? ` · ${nameOf(selectedPlace!.properties.country)}` : ''}`
            }
            note={selectedPlace?.properties.note?.[lang]}
            context={context}
            lang={lang}
            storyLang={story.language}
            locale={locale}
            t={t}
            endsOf={endsOf}
            onClose={() => select(null)}
            onRelation={onRelation}
            onEvent={onEvent}
          />
        ) : (
          <div className="tabs">
            <div className="tabs__bar" role="group" aria-label={t.panelLabel}>
              {TABS.map((name) => (
                <button key={name} type="button" aria-pressed={tab === name} onClick={() => setTab(name)}>
                  {tabLabel[name]}
                </button>
              ))}
            </div>
            <h2 className="visually-hidden">{tabLabel[tab]}</h2>
            {tab === 'article' && (
              <ArticleText
                paragraphs={paragraphs}
                mentions={mentions}
                language={story.language}
                t={t}
                targetOf={targetOf}
                onHover={hoverTarget}
                onSelect={(target) => (target.kind === 'person' ? openPerson(target.id) : select({ kind: target.kind, id: target.id }, { move: false }))}
              />
            )}
            {tab === 'countries' && (
              <CountryList
                countries={story.countries}
                lang={lang}
                t={t}
                onSelect={(id) => select({ kind: 'country', id }, { move: true })}
                onHover={(id) => setHovered(id ? [{ source: 'countries', id }] : [])}
              />
            )}
            {tab === 'places' && (
              <PlaceList
                places={layers.places.features.map((f) => f.properties)}
                lang={lang}
                t={t}
                nameOf={nameOf}
                onSelect={(id) => select({ kind: 'place', id }, { move: true })}
                onHover={(id) => setHovered(id ? [{ source: 'places', id }] : [])}
              />
            )}
            {tab === 'relations' && (
              <RelationList relations={relationList} lang={lang} storyLang={story.language} t={t} endsOf={endsOf} onSelect={onRelation} />
            )}
            {tab === 'events' && <EventList events={story.events} lang={lang} locale={locale} t={t} nameOf={nameOf} onSelect={onEvent} />}
          </div>
        ))}
      </aside>
      {guard(storyFile, load.retryManifest, <Footer story={story} t={t} />)}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</div>
    </div>
  );
}

function shareState(story: string, selection: Selection, step: string | null, lang: Lang): ShareState {
  return {
    story,
    ...(selection?.kind === 'country' ? { country: selection.id } : {}),
    ...(selection?.kind === 'place' ? { place: selection.id } : {}),
    ...(step ? { step } : {}),
    ...(lang === 'fr' ? {} : { lang }),
  };
}

function Fatal({ message, t, onRetry }: { message: string; t: ReturnType<typeof messagesFor>; onRetry?: () => void }) {
  return (
    <main className="fatal">
      <h1>{t.appName}</h1>
      {onRetry ? <LoadError message={message} t={t} onRetry={onRetry} /> : <p role="status">{message}</p>}
    </main>
  );
}
