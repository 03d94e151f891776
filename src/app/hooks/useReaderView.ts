import { useMemo } from 'react';
import { herePlaces } from '../data/herePlaces';
import { RELATION_KINDS, type Mention, type RelationKind, type StoryLayers, type StoryManifest } from '../../shared/contract';
import type { MentionTarget } from '../components/ArticleText';
import { indexFeatures, type FeatureIndex } from '../data/featureIndex';
import { nameResolver } from '../format/names';
import { relationEnds, relationSummaries, targetWords, type RelationSummary } from '../format/relationSummary';
import { localeOf, messagesFor } from '../i18n';
import { projectionFor, type CameraTarget } from '../map/camera';
import { stepIndexOf, type ReaderState, type ReaderStory } from '../state/reader';
import { mentionsByParagraph } from '../state/selection';
import { shownRelationIds } from '../state/shownRelations';
import { stepFocus } from '../state/stepFocus';

/** The story as the reader's reducer knows it: its steps, its overview and its features by id. */
export function useReaderStory(story: StoryManifest | null, layers: StoryLayers) {
  const features = useMemo<FeatureIndex>(() => indexFeatures(layers, story?.people), [layers, story]);
  const overview = useMemo<CameraTarget | null>(
    () => (story ? { bounds: story.bounds, ...(story.camera ? { camera: story.camera } : {}) } : null),
    [story],
  );
  const readerStory = useMemo<ReaderStory | null>(() => (story && overview ? { steps: story.steps, overview, features } : null), [story, overview, features]);
  return { features, overview, readerStory };
}

/** What the page draws from the story and the reader's state, derived once per change. */
export function useReaderView(story: StoryManifest | null, layers: StoryLayers, state: ReaderState, features: FeatureIndex) {
  const { lang, selection } = state;
  const t = messagesFor(lang);
  const locale = localeOf(lang);
  const stepIndex = story ? stepIndexOf(state, story) : -1;
  const step = story && stepIndex >= 0 ? story.steps[stepIndex] : undefined;
  const nameOf = useMemo(() => (story ? nameResolver(story, layers, lang) : (id: string) => id), [story, layers, lang]);
  const mentions = useMemo(() => (story ? mentionsByParagraph(story, layers) : new Map<string, Mention[]>()), [story, layers]);
  const targetOf = useMemo(() => (mention: Mention): MentionTarget | undefined => {
    if (features.country(mention.entity)) return { kind: 'country', id: mention.entity };
    if (features.place(mention.entity)) return { kind: 'place', id: mention.entity };
    const person = features.person(mention.entity);
    return person ? { kind: 'person', id: person.id, country: person.country } : undefined;
  }, [features]);
  const focus = useMemo(() => (step && story ? stepFocus(step, story.events, layers) : null), [step, story, layers]);
  const projection = useMemo(() => projectionFor(step ? step.camera : story?.camera), [step, story]);
  const relations = useMemo(() => relationSummaries(layers), [layers]);
  const endsOf = useMemo(() => {
    const roles = new Map((story?.countries ?? []).map((c) => [c.id, c.role]));
    const words = targetWords(t, locale);
    return (relation: RelationSummary) => relationEnds(relation, roles, nameOf, words);
  }, [t, locale, story, nameOf]);
  const shownRelations = useMemo(
    () => (story ? shownRelationIds(story, step, selection, relations, layers) : []),
    [story, step, selection, relations, layers],
  );
  // The legend lists the kinds of line the reader can see, and nothing else.
  const kinds = useMemo<RelationKind[]>(
    () => RELATION_KINDS.filter((k) => relations.some((r) => r.kind === k && shownRelations.includes(r.relation))),
    [relations, shownRelations],
  );
  // The ring on the map and the legend's line: the story's focus, else the host country's capital.
  const here = useMemo(() => {
    const ids = herePlaces(layers);
    return layers.places.features.find((f) => ids.has(f.properties.id));
  }, [layers]);
  return { t, locale, features, here, stepIndex, step, nameOf, mentions, targetOf, focus, projection, relations, endsOf, shownRelations, kinds };
}

export type ReaderView = ReturnType<typeof useReaderView>;
