import type { CountryRole } from '../../shared/contract';
import { parseAnnotation } from '../annotation/parseAnnotation';
import { annotationSchema } from '../annotation/schema';
import { parseArticle } from '../feed/parseArticle';
import { resolveQuote } from '../quotes/resolveQuote';
import type { StorySource } from '../story/compileStory';
import type { World } from '../story/world';
import { inferDesign, type Reason } from './design';

/** What a desk editor checks while editing story.yaml: the inference, where the annotation departs from it, and quotes that broke. */
export interface Review {
  inferred: { field: string; value: string; why: string }[];
  overrides: { field: string; inferred: string; annotated: string; line?: number }[];
  brokenQuotes: { field: string; quote: string; line?: number; closest: string | null }[];
  /** The annotation does not parse: its errors are the build's. */
  unreadable: boolean;
}

const QUOTED = ['relations', 'events', 'claims'] as const;

export function reviewStory(source: StorySource, world: World): Review {
  const article = parseArticle(source.article.text);
  const design = inferDesign(article.paragraphs, article.month, world);
  const inferred = annotationSchema.parse(design.annotation);
  const review: Review = { inferred: design.reasons.map((reason) => describe(reason, design.annotation)), overrides: [], brokenQuotes: [], unreadable: false };
  if (!source.annotation) return review;
  const parsed = parseAnnotation(source.annotation.text, source.annotation.file);
  if (!parsed.ok) return { ...review, unreadable: true };
  const { annotation, locate } = parsed;
  const line = (path: (string | number)[]) => locate(path).line;
  if (annotation.title.fr !== inferred.title.fr) review.overrides.push({ field: 'title', inferred: inferred.title.fr, annotated: annotation.title.fr, line: line(['title']) });
  const roles = new Map<string, CountryRole>(inferred.countries.map((c) => [c.id, c.role]));
  annotation.countries.forEach((country, index) => {
    const guess = roles.get(country.id) ?? 'context';
    if (guess !== country.role) review.overrides.push({ field: `countries[${index}] ${country.id}`, inferred: guess, annotated: country.role, line: line(['countries', index]) });
  });
  const dates = new Set(inferred.events.map((event) => event.date));
  annotation.events.forEach((event, index) => {
    if (!dates.has(event.date)) review.overrides.push({ field: `events[${index}] ${event.id}`, inferred: '(no event on this date)', annotated: `${event.date} at ${event.place}`, line: line(['events', index, 'date']) });
  });
  for (const name of QUOTED) {
    annotation[name].forEach((item, index) => {
      if (item.quote === undefined) return;
      const result = resolveQuote(item.quote, article.paragraphs, item.occurrence);
      if (!result.ok) review.brokenQuotes.push({ field: `${name}[${index}].quote`, quote: item.quote, line: line([name, index, 'quote']), closest: result.closest });
    });
  }
  return review;
}

function describe(reason: Reason, annotation: unknown): { field: string; value: string; why: string } {
  let value: unknown = annotation;
  for (const key of reason.path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  const field = reason.path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
  return { field, value: summary(value), why: reason.text };
}

function summary(value: unknown): string {
  if (value && typeof value === 'object' && 'id' in value) {
    const item = value as { id: string; role?: string; date?: string; place?: string; quote?: string };
    return [item.id, item.role, item.date, item.place, item.quote && `"${item.quote}"`].filter(Boolean).join(' · ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
