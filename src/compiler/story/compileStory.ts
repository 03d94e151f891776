import { withExonym } from '../gazetteer/exonyms';
import type { CountryRole, Mention, StoryLayers, StoryManifest } from '../../shared/contract';
import { fieldName, parseAnnotation, type Locate } from '../annotation/parseAnnotation';
import { CompileError, type AuthorError } from '../errors';
import { detectLanguage } from '../feed/detectLanguage';
import { parseArticle, type ParsedArticle } from '../feed/parseArticle';
import { annotationSchema, type Annotation } from '../annotation/schema';
import { inferDesign } from '../infer/design';
import { inferTitle } from '../infer/title';
import { publicationDate } from '../feed/publicationDate';
import { createGazetteer, findMentions, type Gazetteer } from '../gazetteer';
import { annotationEntries, annotationPeople, countryOfMention, groupBy } from './entities';
import { firstView } from './firstView';
import { buildLayers } from './layers';
import { legendFor, roleOf } from './roles';
import { buildClaims, buildEvents, buildSteps } from './narrative';
import { validateAnnotation, type ValidatedAnnotation } from './validateAnnotation';
import type { World } from './world';
import type { StoryModel } from './model';
import { byParagraphThenStart } from './sortById';
import { storyRegion } from './regionBounds';
import { AntipodalEnds } from './antipodalEnds';
import { routeWarnings } from './routeWarnings';

export interface SourceFile {
  /** The path shown to the author in error messages, e.g. `seeds/x/story.yaml`. */
  file: string;
  text: string;
}

export interface StorySource {
  id: string;
  article: SourceFile;
  annotation?: SourceFile;
}

export interface CompiledStory {
  manifest: StoryManifest;
  layers: StoryLayers;
  /** Problems worth an author's look that do not stop the build (a pipeline drawn across the sea). */
  warnings: AuthorError[];
}

/** Compiles one story folder. Pure: the caller reads the files and writes the output. Throws CompileError only. */
export function compileStory(source: StorySource, baseWorld: World): CompiledStory {
  // Country names follow the newsroom's exonyms (gazetteer/exonyms.ts) on every layer.
  const world: World = { ...baseWorld, nameOf: (iso3) => withExonym(iso3, baseWorld.nameOf(iso3)) };
  const article = parseArticle(source.article.text);
  if (article.paragraphs.length === 0) {
    throw new CompileError([{ file: source.article.file, message: 'the article is empty; expected the dispatch text, paragraphs separated by blank lines' }]);
  }
  // Without a story.yaml, the design inferred from the text stands in for one (issue #15).
  const validated = source.annotation ? loadAnnotation(source.annotation, article.paragraphs, world) : inferredAnnotation(article, world);
  const annotation = validated?.annotation ?? null;
  const model = buildModel(source.id, article.paragraphs, validated, world, validated?.gazetteer ?? createGazetteer());
  const layers = locatingAntipodes(source.annotation, validated?.locate, () => buildLayers(model, world, firstView(model.region, annotation?.camera)));
  const manifest: StoryManifest = {
    id: source.id,
    title: annotation?.title ?? fallbackTitle(article.paragraphs),
    language: detectLanguage(article.paragraphs.map((paragraph) => paragraph.text).join(' ')),
    published: annotation?.published ?? publicationDate(article.month, article.paragraphs) ?? 'unknown',
    source: annotation?.source ?? { name: 'AFP' },
    credits: [...new Set(article.paragraphs.flatMap((paragraph) => (paragraph.credit ? [paragraph.credit] : [])))],
    paragraphs: article.paragraphs,
    countries: layers.summaries,
    people: model.people.map(({ id, name, country, role }) => ({ id, name, country, ...(role ? { role } : {}) })),
    events: validated ? buildEvents(validated) : [],
    claims: validated ? buildClaims(validated, world) : [],
    steps: validated ? buildSteps(validated, model, layers) : [],
    legend: legendFor(model.roles),
    emphasisScale: { type: layers.emphasis.type, domain: layers.emphasis.domain, range: layers.emphasis.range },
    mentions: model.otherMentions,
    bounds: model.region,
    ...(annotation?.camera ? { camera: annotation.camera } : {}),
    ...(annotation?.overview ? { overview: { relations: annotation.overview.relations } } : {}),
    annotated: source.annotation !== undefined,
  };
  const warnings = source.annotation && annotation && validated ? routeWarnings(annotation.relations, layers.anchorOf, world, source.annotation.file, validated.locate) : [];
  return { manifest, layers: layers.layers, warnings };
}

/** Relation ends are only placed while the layers are drawn: an antipodal pair is told as an error in story.yaml. */
function locatingAntipodes<T>(file: SourceFile | undefined, locate: Locate | undefined, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof AntipodalEnds) || !file || !locate) throw error;
    throw new CompileError([{ file: file.file, ...locate(error.path), field: fieldName(error.path), message: error.message }]);
  }
}

function loadAnnotation(file: SourceFile, paragraphs: StoryManifest['paragraphs'], world: World): ValidatedAnnotation & { gazetteer: Gazetteer; locate: Locate } {
  const parsed = parseAnnotation(file.text, file.file);
  if (!parsed.ok) throw new CompileError(parsed.errors);
  return checkedAnnotation(parsed.annotation, parsed.locate, file.file, paragraphs, world);
}

/** The inferred design goes through the same checks as a hand-written one; one that fails them is left out. */
function inferredAnnotation(article: ParsedArticle, world: World): (ValidatedAnnotation & { gazetteer: Gazetteer; locate: Locate }) | null {
  const parsed = annotationSchema.safeParse(inferDesign(article.paragraphs, article.month, world).annotation);
  if (!parsed.success) return null;
  try {
    return checkedAnnotation(parsed.data, () => ({}), '(inferred)', article.paragraphs, world);
  } catch (error) {
    if (error instanceof CompileError) return null;
    throw error;
  }
}

function checkedAnnotation(annotation: Annotation, locate: Locate, file: string, paragraphs: StoryManifest['paragraphs'], world: World): ValidatedAnnotation & { gazetteer: Gazetteer; locate: Locate } {
  const parsed = { annotation, locate };
  const gazetteer = createGazetteer(annotationEntries(parsed.annotation));
  const known = {
    countries: new Set(world.countries.keys()),
    places: new Set(gazetteer.entries.filter((entry) => entry.kind !== 'country' && entry.kind !== 'region').map((entry) => entry.id)),
    regions: new Set(gazetteer.entries.filter((entry) => entry.kind === 'region').map((entry) => entry.id)),
  };
  const result = validateAnnotation(parsed.annotation, paragraphs, known, file, parsed.locate);
  if (!result.ok) throw new CompileError(sortErrors(result.errors));
  return { ...result.value, gazetteer, locate: parsed.locate };
}

function buildModel(
  id: string,
  paragraphs: StoryManifest['paragraphs'],
  validated: ValidatedAnnotation | null,
  world: World,
  gazetteer: Gazetteer,
): StoryModel {
  const annotation = validated?.annotation ?? null;
  const people = annotationPeople(annotation);
  const order = new Map(paragraphs.map((paragraph, index) => [paragraph.id, index]));
  const mentions = findMentions(paragraphs, gazetteer, people).sort(byParagraphThenStart(order));
  const entries = new Map(gazetteer.entries.map((entry) => [entry.id, entry]));
  const placeCountry = new Map(gazetteer.entries.map((entry) => [entry.id, entry.country]));
  const personCountry = new Map(people.map((person) => [person.id, person.country]));
  const byCountry = groupBy(mentions, (mention) => {
    const country = countryOfMention(mention, placeCountry, personCountry);
    return country && world.countries.has(country) ? country : undefined;
  });
  const annotatedRoles = new Map<string, CountryRole>((annotation?.countries ?? []).map((country) => [country.id, country.role]));
  const storyCountries = new Set([...annotatedRoles.keys(), ...byCountry.keys()]);
  const roles = new Map([...storyCountries].sort().map((iso3) => [iso3, roleOf(iso3, annotatedRoles, new Set(byCountry.keys()))]));
  return {
    id,
    paragraphs,
    annotation,
    relations: validated?.relations ?? [],
    gazetteer,
    entries,
    people,
    mentions,
    byCountry,
    byPlace: groupBy(mentions, (mention) => (mention.form === 'place' || mention.form === 'region' ? mention.entity : undefined)),
    roles,
    otherMentions: mentions.filter((mention: Mention) => mention.form === 'region' || mention.form === 'person'),
    region: annotation?.region?.bbox ?? storyRegion([...byCountry].map(([iso3, list]) => ({ at: world.labelPoint(iso3)!, weight: list.length }))),
  };
}

function fallbackTitle(paragraphs: StoryManifest['paragraphs']): { fr: string; en: string } {
  const title = inferTitle(paragraphs);
  return { fr: title, en: title };
}

function sortErrors(errors: AuthorError[]): AuthorError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
