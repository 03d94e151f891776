import { Suspense, type ReactNode } from 'react';
import type { Paragraph, StoryLayers, StoryManifest } from '../../shared/contract';
import type { ReaderView } from '../hooks/useReaderView';
import { TABS, type ReaderAction, type ReaderState, type Tab } from '../state/reader';
import { ArticleText, type MentionTarget } from './ArticleText';
import { CountryList } from './CountryList';
import { EventList } from './EventList';
import { PlaceList } from './PlaceList';
import { RelationList } from './RelationList';

interface Props {
  story: StoryManifest;
  layers: StoryLayers;
  /** The article's paragraphs, deferred by the app so the map's data are parsed first. */
  paragraphs: readonly Paragraph[];
  state: ReaderState;
  view: ReaderView;
  dispatch: (action: ReaderAction) => void;
  /** Each list fails alone: a fault in the events' dates leaves the article readable. */
  guard: (node: ReactNode) => ReactNode;
}

/** The panel without a card: the article, and the story's countries, places, relations and events. */
export function PanelTabs({ story, layers, paragraphs, state, view, dispatch, guard }: Props) {
  const { tab, lang } = state;
  const { t, locale, nameOf, mentions, targetOf, relations, endsOf } = view;
  const tabLabel: Record<Tab, string> = { article: t.tabArticle, countries: t.tabCountries, places: t.tabPlaces, relations: t.tabRelations, events: t.tabEvents };
  const hover = (source: 'countries' | 'places') => (id: string | null) => dispatch({ type: 'hover', refs: id ? [{ source, id }] : [] });
  const selectMoving = (kind: 'country' | 'place') => (id: string) => dispatch({ type: 'select', selection: { kind, id }, move: true });
  const onEvent = (event: StoryManifest['events'][number]) => dispatch({ type: 'event', event });
  const panels: Record<Tab, ReactNode> = {
    article: (
      <ArticleText
        paragraphs={paragraphs}
        mentions={mentions}
        language={story.language}
        t={t}
        targetOf={targetOf}
        onHover={(target) => dispatch({ type: 'hover', refs: hoverRefs(target) })}
        onSelect={(target) => dispatch(target.kind === 'person' ? { type: 'person', id: target.id } : { type: 'select', selection: { kind: target.kind, id: target.id } })}
      />
    ),
    countries: <CountryList countries={story.countries} lang={lang} t={t} onSelect={selectMoving('country')} onHover={hover('countries')} />,
    places: <PlaceList places={layers.places.features.map((f) => f.properties)} lang={lang} t={t} nameOf={nameOf} onSelect={selectMoving('place')} onHover={hover('places')} />,
    relations: <RelationList relations={relations} lang={lang} storyLang={story.language} t={t} endsOf={endsOf} onSelect={(relation) => dispatch({ type: 'relation', relation: relation.relation })} />,
    events: <EventList events={story.events} lang={lang} locale={locale} t={t} nameOf={nameOf} onSelect={onEvent} />,
  };
  return (
    <div className="tabs">
      <div className="tabs__bar" role="group" aria-label={t.panelLabel}>
        {TABS.map((name) => (
          <button key={name} type="button" aria-pressed={tab === name} onClick={() => dispatch({ type: 'tab', tab: name })}>
            {tabLabel[name]}
          </button>
        ))}
      </div>
      {/* Every list is in the page, the ones not chosen hidden: a page read without scripts shows them all (app.css). */}
      {TABS.map((name) => (
        <div key={name} className="tabs__panel" hidden={tab !== name}>
          <h2 className="tabs__title visually-hidden">{tabLabel[name]}</h2>
          {/* A boundary of its own: React hydrates each list in a task apart, after the page around it. */}
          <Suspense fallback={null}>{guard(panels[name])}</Suspense>
        </div>
      ))}
    </div>
  );
}

/** A person lights up their country; a country or place, itself. */
function hoverRefs(target: MentionTarget | null) {
  if (target?.kind === 'person') return target.country ? [{ source: 'countries' as const, id: target.country }] : [];
  return target ? [{ source: target.kind === 'country' ? ('countries' as const) : ('places' as const), id: target.id }] : [];
}
