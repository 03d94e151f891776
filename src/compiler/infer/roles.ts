import type { CountryRole, Mention, Paragraph } from '../../contract';
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
const RIVAL_CUES = /\b(rival|rivale|rivaux|rivales|rivals?|rivalry|face à|concurrent|concurrente|adversaire|adversaires|adversary|adversaries|competitor|ennemi|enemy|foe)(?!\p{L})[^.;]{0,40}$/iu;
const PARTNER_CUES = /\b(partenaire|partenaires|partners?|allié|alliés|alliée|ally|allies|aux côtés de|alongside)(?!\p{L})[^.;]{0,40}$/iu;
// The region a focus belongs to, named in the lead, makes its other members the story's own group.
const GROUP_ROLE: Readonly<Record<string, CountryRole>> = { 'central-asia': 'central-asia' };

/**
 * Roles from the text: the focus is the host; a country the text calls a rival is a rival; one named
 * in the lead sentence, or called a partner, is an actor; the other members of a region named in the
 * lead that holds the focus are its group; every other country is mentioned.
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
  const groups = mentions.filter((m) => m.form === 'region' && inLead(m) && focus && entries.get(m.entity)?.members?.includes(focus.country));
  const roles = new Map<string, InferredRole>();
  for (const [iso3, list] of [...byCountry].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (iso3 === focus?.country) {
      roles.set(iso3, { role: 'host', ...(focus.evidence.mention ? { because: focus.evidence.mention } : {}), why: `focus (${focus.evidence.kind})` });
      continue;
    }
    const rival = list.find((m) => cued(m, RIVAL_CUES));
    const partner = list.find((m) => cued(m, PARTNER_CUES));
    const leading = list.find(inLead);
    const group = groups.find((m) => entries.get(m.entity)!.members!.includes(iso3));
    if (rival) roles.set(iso3, { role: 'rival', because: rival, why: 'called a rival' });
    else if (group) roles.set(iso3, { role: GROUP_ROLE[group.entity] ?? 'neighbour', because: group, why: `member of ${group.text}, named in the lead` });
    else if (leading) roles.set(iso3, { role: 'actor', because: leading, why: 'named in the lead sentence' });
    else if (partner) roles.set(iso3, { role: 'actor', because: partner, why: 'called a partner' });
    else roles.set(iso3, { role: 'mentioned', why: `named ${list.length} time${list.length === 1 ? '' : 's'}` });
  }
  return roles;
}
