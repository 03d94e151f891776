import type { MentionForm } from '../../shared/contract';

export interface GazetteerEntry {
  /** ISO3 for countries ("KAZ"), an ascii slug for places ("moscow") and regions ("central-asia"). */
  id: string;
  kind: 'country' | 'capital' | 'city' | 'building' | 'region';
  name: { fr: string; en: string };
  /** ISO3 of the country a place is in. */
  country?: string;
  /** ISO3 members of a region. */
  members?: string[];
  /** [lon, lat], 4 decimals. */
  coordinates?: [number, number];
  /** Surface forms that are names, French and English. Capitalisation is part of the form: see surfaces.ts. */
  names: string[];
  /** Adjective and demonym forms, every gender and number. */
  adjectives?: string[];
}

/** One way of writing an entity, compiled to folded token keys. */
export interface Surface {
  keys: string[];
  /** `capital`: the text must start with a capital; `exact`: all capitals (acronyms); `any`: either case. */
  rule: 'capital' | 'exact' | 'any';
  /** A combining form ("sino-"): counts only right before a hyphen. */
  prefix: boolean;
  entity: string;
  /** `blocked`: a name that produces no mention but hides the places inside it. */
  form: MentionForm | 'blocked';
  /** Breaks ties between matches of the same span. */
  priority: number;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  /** Surfaces by the key of their first word, longest first. */
  index: Map<string, Surface[]>;
}
