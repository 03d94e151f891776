import type { CountryRole, Mention, Paragraph } from '../../shared/contract';
import type { GazetteerEntry } from '../gazetteer';
import type { Focus } from './focus';
import { sentenceAround } from './passage';

export interface InferredRole {
  role: CountryRole;
  /** The mention that decided the role, quoted in the draft's comments. */
  because?: Mention;
  why: string;
}

// Words that say a country stands against, or with, another; they reach the next country named.
const RIVAL_CUES = /\b(rival|rivale|rivaux|rivales|rivals?|rivalry|face à|concurrent|concurrente|adversaire|adversaires|adversary|adversaries|competitor|ennemi|enemy|foe)(?!\p{L})[^.;,]{0,40}$/iu;
const PARTNER_CUES = /\b(partenaire|partenaires|partners?|allié|alliés|alliée|ally|allies|aux côtés de|alongside)(?!\p{L})[^.;,]{0,25}$/iu;
// A region named in the lead whose members the text lists together ("du Kazakhstan, Kirghizstan,
// Ouzbékistan…") is the story's group: its members share a role.
const GROUP_ROLE: Readonly<Record<string, CountryRole>> = { 'central-asia': 'central-asia' };
const LISTED_TOGETHER = 3;

/**
 * Roles from the text: the focus is the host; a country the text calls a rival is a rival; the members
 * of a region named in the lead that the text lists together are its group; one named in the lead
 * sentence, or called a partner, is an actor; every other country is mentioned.
 */
export function inferRoles(
  focus: Focus | null,
  paragraphs: readonly Paragraph[],
  byCountry: ReadonlyMap<string, Mention[]>,
  mentions: readonly Mention[],
  entries: ReadonlyMap<string, GazetteerEntry>,
): Map<string, InferredRole> {
  const lead = paragraphs.find((paragraph) => paragraph.kind === 'body');
  const leadEnd = lead ? sentenceAround(lead.text, 0)[1] : 0;
  const inLead = (m: Mention) => m.paragraph === lead?.id && m.end <= leadEnd;
  const text = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
  const cued = (m: Mention, cues: RegExp) => cues.test(text.get(m.paragraph)!.slice(Math.max(0, m.start - 60), m.start));
  const groups = mentions.filter((m) => m.form === 'region' && inLead(m));
  const listed = listedMembers(groups, mentions, paragraphs, entries);
  const roles = new Map<string, InferredRole>();
  for (const [iso3, list] of [...byCountry].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (iso3 === focus?.country) {
      roles.set(iso3, { role: 'host', ...(focus.evidence.mention ? { because: focus.evidence.mention } : {}), why: `focus (${focus.evidence.kind})` });
      continue;
    }
    const rival = list.find((m) => cued(m, RIVAL_CUES));
    const partner = list.find((m) => cued(m, PARTNER_CUES));
    const leading = list.find(inLead);
    const group = groups.find((m) => listed.get(m.entity)?.has(iso3));
    if (rival) roles.set(iso3, { role: 'rival', because: rival, why: 'called a rival' });
    else if (group) roles.set(iso3, { role: GROUP_ROLE[group.entity] ?? 'actor', because: group, why: `member of ${group.text}, named in the lead, listed with the others` });
    else if (leading) roles.set(iso3, { role: 'actor', because: leading, why: 'named in the lead sentence' });
    else if (partner) roles.set(iso3, { role: 'actor', because: partner, why: 'called a partner' });
    else roles.set(iso3, { role: 'mentioned', why: `named ${list.length} time${list.length === 1 ? '' : 's'}` });
  }
  return roles;
}

/** For each region, the members the text names at least three at a time in one sentence. */
function listedMembers(regions: readonly Mention[], mentions: readonly Mention[], paragraphs: readonly Paragraph[], entries: ReadonlyMap<string, GazetteerEntry>): Map<string, Set<string>> {
  const text = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
  const bySentence = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.form !== 'name') continue;
    const key = `${m.paragraph}:${sentenceAround(text.get(m.paragraph)!, m.start)[0]}`;
    bySentence.set(key, (bySentence.get(key) ?? new Set()).add(m.entity));
  }
  const listed = new Map<string, Set<string>>();
  for (const region of regions) {
    const members = new Set(entries.get(region.entity)?.members ?? []);
    for (const named of bySentence.values()) {
      const inRegion = [...named].filter((iso3) => members.has(iso3));
      if (inRegion.length >= LISTED_TOGETHER) listed.set(region.entity, new Set([...(listed.get(region.entity) ?? []), ...inRegion]));
    }
  }
  return listed;
}
