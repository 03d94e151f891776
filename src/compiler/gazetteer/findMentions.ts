import type { Mention } from '../../shared/contract';
import { COMMON_WORDS, GIVEN_NAMES, looksLikeName, NOT_GIVEN_NAMES, US_STATE_CUES } from './falseFriends';
import { addSurface, compileSurface, sortIndex } from './surfaces';
import { isJoiner, opensSentence, tokenize, type Token } from './tokens';
import type { Gazetteer, Surface } from './types';

export interface PersonInput {
  id: string;
  country: string;
  names: string[];
}

interface Match {
  first: number;
  last: number;
  surface: Surface;
}

const HYPHEN_THEN_WORD = /^[-‐‑][\p{L}\p{N}]/u;
const ONE_SPACE = /^[ \u00a0]$/;

/**
 * Finds the places, countries, regions and people that paragraphs name. Offsets are into the
 * original text. Where matches overlap the longest wins, then people over places over adjectives;
 * a blocked name (an organisation, a sea) wins and yields nothing.
 */
export function findMentions(
  paragraphs: { id: string; text: string }[],
  gazetteer: Gazetteer,
  people: PersonInput[] = [],
): Mention[] {
  const peopleIndex = new Map<string, Surface[]>();
  for (const person of people) {
    for (const name of person.names) addSurface(peopleIndex, compileSurface(name, person.id, 'person'));
  }
  sortIndex(peopleIndex);
  const mentions: Mention[] = [];
  for (const paragraph of paragraphs) {
    const { text } = paragraph;
    const tokens = tokenize(text);
    const context = { text, tokens, gazetteer, peopleIndex };
    const matches: Match[] = [];
    tokens.forEach((token, i) => {
      for (const surface of [...(peopleIndex.get(token.key) ?? []), ...(gazetteer.index.get(token.key) ?? [])]) {
        const last = i + surface.keys.length - 1;
        if (fits(context, surface, i, last) && !isFalseFriend(context, surface, i, last)) matches.push({ first: i, last, surface });
      }
    });
    for (const match of selectLongest(matches, tokens)) {
      if (match.surface.form === 'blocked') continue;
      const start = tokens[match.first]!.start;
      const end = tokens[match.last]!.end;
      mentions.push({ paragraph: paragraph.id, start, end, text: text.slice(start, end), entity: match.surface.entity, form: match.surface.form });
    }
  }
  return mentions;
}

interface Context {
  text: string;
  tokens: Token[];
  gazetteer: Gazetteer;
  peopleIndex: Map<string, Surface[]>;
}

function fits({ text, tokens }: Context, surface: Surface, first: number, last: number): boolean {
  if (last >= tokens.length) return false;
  for (let j = first + 1; j <= last; j++) {
    if (tokens[j]!.key !== surface.keys[j - first] || !isJoiner(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
  }
  const head = tokens[first]!;
  if (surface.rule === 'capital' && !head.capital) return false;
  if (surface.rule === 'exact' && !tokens.slice(first, last + 1).every((t) => t.upper)) return false;
  if (surface.prefix && !HYPHEN_THEN_WORD.test(text.slice(tokens[last]!.end, tokens[last]!.end + 2))) return false;
  return true;
}

function isFalseFriend(context: Context, surface: Surface, first: number, last: number): boolean {
  if (surface.form !== 'name' && surface.form !== 'place') return false;
  const { text, tokens } = context;
  const single = first === last;
  const key = tokens[first]!.key;
  if (single && COMMON_WORDS.has(key) && opensSentence(text, tokens, first)) return true;
  if (followsGivenName(context, first)) return true;
  if (single && GIVEN_NAMES.has(key) && precedesSurname(context, last)) return true;
  if (single && key === 'georgia' && nearUsStateCue(tokens, first)) return true;
  return false;
}

/** "Denzel Washington": a capitalised word that is no function word, title or known name, one space before. */
function followsGivenName({ text, tokens, gazetteer, peopleIndex }: Context, first: number): boolean {
  const previous = tokens[first - 1];
  if (!previous || !ONE_SPACE.test(text.slice(previous.end, tokens[first]!.start))) return false;
  if (!looksLikeName(text, previous) || NOT_GIVEN_NAMES.has(previous.key)) return false;
  if (gazetteer.index.has(previous.key) && !peopleIndex.has(previous.key)) return false;
  return true;
}

/** "Jordan Bardella", "Chad Smith": a place that is also a first name, followed by a surname-like word. */
function precedesSurname({ text, tokens, gazetteer }: Context, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !ONE_SPACE.test(text.slice(tokens[last]!.end, next.start))) return false;
  return looksLikeName(text, next) && !NOT_GIVEN_NAMES.has(next.key) && !gazetteer.index.has(next.key);
}

function nearUsStateCue(tokens: Token[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 3), at).map((t) => t.key).join(' ');
  const after = tokens.slice(at + 1, at + 3).map((t) => t.key).join(' ');
  return (
    US_STATE_CUES.before.some((cue) => before === cue || before.endsWith(` ${cue}`)) ||
    US_STATE_CUES.after.some((cue) => after === cue || after.startsWith(`${cue} `))
  );
}

/** Longest span first, then priority; a match is kept only if none of its words is taken. */
function selectLongest(matches: Match[], tokens: Token[]): Match[] {
  const length = (m: Match) => tokens[m.last]!.end - tokens[m.first]!.start;
  const ordered = [...matches].sort((a, b) => length(b) - length(a) || b.surface.priority - a.surface.priority || a.first - b.first);
  const taken = new Uint8Array(tokens.length);
  const kept: Match[] = [];
  for (const match of ordered) {
    let free = true;
    for (let j = match.first; j <= match.last && free; j++) free = taken[j] === 0;
    if (!free) continue;
    taken.fill(1, match.first, match.last + 1);
    kept.push(match);
  }
  return kept.sort((a, b) => a.first - b.first);
}
