import type { CountryRole, Mention, Paragraph } from '../../shared/contract';
import type { Annotation } from '../annotation/schema';
import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { StoryPerson } from './entities';
import type { Bbox } from '../../shared/bbox';
import type { QuotedRelation } from './validateAnnotation';

/** What the compiler knows about a story once the text is read, before any geometry. */
export interface StoryModel {
  id: string;
  paragraphs: readonly Paragraph[];
  annotation: Annotation | null;
  /** The annotation's relations, each with its quote resolved. */
  relations: readonly QuotedRelation[];
  gazetteer: Gazetteer;
  entries: ReadonlyMap<string, GazetteerEntry>;
  people: StoryPerson[];
  mentions: Mention[];
  /** Mentions that give context to each country, by ISO3. */
  byCountry: ReadonlyMap<string, Mention[]>;
  byPlace: ReadonlyMap<string, Mention[]>;
  /** Roles of the countries the story involves. */
  roles: ReadonlyMap<string, CountryRole>;
  otherMentions: Mention[];
  region: Bbox;
}
