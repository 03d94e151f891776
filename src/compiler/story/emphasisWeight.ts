import type { StoryModel } from './model';
import { sentenceAround } from '../infer/passage';

/** A country named in the lead sentence counts as this many more mentions. */
const LEAD_BONUS = 2;

/**
 * The weight the emphasis scale reads for each country: its mentions, plus a bonus for the lead
 * sentence in a story that declares its focus (every inferred design does). The seed's hand-written
 * annotation has no focus, so its map keeps the plain counts it was designed with.
 */
export function emphasisWeights(model: StoryModel): Map<string, number> {
  const lead = model.paragraphs.find((paragraph) => paragraph.kind === 'body');
  const leadEnd = lead ? sentenceAround(lead.text, 0)[1] : 0;
  const weighLead = model.annotation?.focus !== undefined;
  return new Map(
    [...model.byCountry].map(([iso3, mentions]) => {
      const inLead = weighLead && mentions.some((m) => m.paragraph === lead?.id && m.end <= leadEnd);
      return [iso3, mentions.length + (inLead ? LEAD_BONUS : 0)];
    }),
  );
}
