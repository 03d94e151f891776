import type { ReactNode, RefObject } from 'react';
import type { Paragraph, StoryLayers, StoryManifest } from '../../shared/contract';
import type { ReaderView } from '../hooks/useReaderView';
import type { ReaderAction, ReaderState } from '../state/reader';
import { claimsForStep } from '../state/selection';
import { PanelTabs } from './PanelTabs';
import { PersonCard } from './PersonCard';
import { SelectionCard } from './SelectionCard';
import { StoryWalk } from './StoryWalk';

interface Props {
  story: StoryManifest;
  layers: StoryLayers;
  paragraphs: readonly Paragraph[];
  state: ReaderState;
  view: ReaderView;
  dispatch: (action: ReaderAction) => void;
  /** Wraps a part that draws from story.json in its error boundary. */
  guard: (node: ReactNode) => ReactNode;
  panelRef: RefObject<HTMLElement | null>;
}

/** The reading panel (a bottom sheet on a phone): the story's steps, then a card or the tabs. */
export function Panel({ story, layers, paragraphs, state, view, dispatch, guard, panelRef }: Props) {
  const { lang, sheetOpen, personId } = state;
  const { t, locale, step, stepIndex, nameOf } = view;
  const person = personId ? view.features.person(personId) : undefined;
  const { selection } = state;
  const hasCard = selection?.kind === 'country' ? Boolean(view.features.country(selection.id)) : selection ? Boolean(view.features.place(selection.id)) : false;
  return (
    <aside className="panel" data-testid="panel" aria-label={t.panelLabel} ref={panelRef}>
      <button type="button" className="sheet-handle" aria-expanded={sheetOpen} onClick={() => dispatch({ type: 'toggle-sheet' })}>
        <span aria-hidden="true" className="sheet-handle__bar" />
        <span className="visually-hidden">{sheetOpen ? t.collapseSheet : t.expandSheet}</span>
      </button>
      {guard(<StoryWalk
        steps={story.steps}
        events={story.events}
        index={stepIndex >= 0 ? stepIndex : null}
        lang={lang}
        locale={locale}
        t={t}
        claims={step ? claimsForStep(step, story.claims, layers) : []}
        onGo={(index) => dispatch({ type: 'step', index })}
        onEvent={(event) => dispatch({ type: 'event', event })}
      />)}
      {person ? (
        <PersonCard
          key={person.id}
          person={person}
          story={story}
          lang={lang}
          t={t}
          nameOf={nameOf}
          onCountry={(id) => dispatch({ type: 'select', selection: { kind: 'country', id }, move: true })}
          onClose={() => dispatch({ type: 'close-person' })}
        />
      ) : guard(hasCard && selection ? <SelectionCard key={`${selection.kind}-${selection.id}`} story={story} layers={layers} state={state} view={view} dispatch={dispatch} /> : <PanelTabs story={story} layers={layers} paragraphs={paragraphs} state={state} view={view} dispatch={dispatch} guard={guard} />)}
    </aside>
  );
}
