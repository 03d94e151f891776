import type { StoryLayers, StoryManifest } from '../../shared/contract';
import type { ReaderView } from '../hooks/useReaderView';
import { term } from '../i18n/term';
import type { ReaderAction, ReaderState } from '../state/reader';
import { countryContext, placeContext } from '../state/selection';
import { ContextCard } from './ContextCard';

interface Props {
  story: StoryManifest;
  layers: StoryLayers;
  state: ReaderState;
  view: ReaderView;
  dispatch: (action: ReaderAction) => void;
}

/** The card of the selected country or place, or nothing when the selection names neither. */
export function SelectionCard({ story, layers, state, view, dispatch }: Props) {
  const { selection, lang } = state;
  const { t, locale, features, nameOf, endsOf } = view;
  const country = selection?.kind === 'country' ? features.country(selection.id) : undefined;
  const place = selection?.kind === 'place' ? features.place(selection.id) : undefined;
  const context = country ? countryContext(country.properties.id, story, layers, features) : place ? placeContext(place.properties.id, story, layers, features) : undefined;
  if (!context || !(country ?? place)) return null;
  const subtitle = country
    ? `${term(t.role, country.properties.role)} · ${t.mentions(country.properties.mentionCount)}`
    : `${term(t.placeKind, place!.properties.kind)}${place!.properties.country ? ` · ${nameOf(place!.properties.country)}` : ''}`;
  return (
    <ContextCard
      title={(country ?? place)!.properties.name[lang]}
      subtitle={subtitle}
      note={place?.properties.note?.[lang]}
      context={context}
      lang={lang}
      storyLang={story.language}
      locale={locale}
      t={t}
      endsOf={endsOf}
      onClose={() => dispatch({ type: 'select', selection: null })}
      onRelation={(relation) => dispatch({ type: 'relation', relation: relation.relation })}
      onEvent={(event) => dispatch({ type: 'event', event })}
    />
  );
}
