import { BLOCKED_NAMES } from './blockers';
import { defaultEntries } from './entries';
import { addSurface, compileSurface, PRIORITY, sortIndex } from './surfaces';
import type { Gazetteer, GazetteerEntry, Surface } from './types';

const NAME_FORM: Record<GazetteerEntry['kind'], Surface['form']> = {
  country: 'name',
  capital: 'place',
  city: 'place',
  building: 'place',
  region: 'region',
};

let defaultGazetteer: Gazetteer | undefined;

/** The default data plus `extra` entries; an extra entry replaces a default one with the same id. */
export function createGazetteer(extra: readonly GazetteerEntry[] = []): Gazetteer {
  // Indexing the default data is the costly part; a story without extra places reuses it.
  if (extra.length === 0) return (defaultGazetteer ??= buildGazetteer([]));
  return buildGazetteer(extra);
}

function buildGazetteer(extra: readonly GazetteerEntry[]): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  for (const entry of defaultEntries()) byId.set(entry.id, entry);
  for (const entry of extra) byId.set(entry.id, mergeEntry(byId.get(entry.id), entry));
  const index = new Map<string, Surface[]>();
  for (const entry of byId.values()) {
    const form = NAME_FORM[entry.kind];
    for (const name of entry.names) addSurface(index, compileSurface(name, entry.id, form, PRIORITY[form]));
    const adjectiveForm = entry.kind === 'region' ? 'region' : 'adjective';
    for (const adjective of entry.adjectives ?? []) {
      addSurface(index, compileSurface(adjective, entry.id, adjectiveForm, PRIORITY.adjective));
    }
  }
  for (const name of BLOCKED_NAMES) addSurface(index, compileSurface(name, '', 'blocked'));
  sortIndex(index);
  return { entries: [...byId.values()], byId, index };
}

/**
 * An annotation entry overrides a built-in one's name, kind and coordinates, but the words that
 * name it keep working: its names are added to the built-in ones, and its adjectives and members kept.
 */
function mergeEntry(base: GazetteerEntry | undefined, extra: GazetteerEntry): GazetteerEntry {
  if (!base) return extra;
  return {
    ...base,
    ...extra,
    names: [...new Set([...extra.names, ...base.names])],
    ...(extra.adjectives ?? base.adjectives ? { adjectives: extra.adjectives ?? base.adjectives } : {}),
    ...(extra.members ?? base.members ? { members: extra.members ?? base.members } : {}),
  };
}
