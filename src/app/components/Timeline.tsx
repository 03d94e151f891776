import type { Lang, StoryEvent } from '../../shared/contract';
import type { Messages } from '../i18n';
import { formatStoryDate, parseStoryDate } from '../format/dates';
import { timelineDomain, timelineGroups, timelineTicks } from '../format/timeline';
import { dateFormat } from '../format/intlCache';

interface Props {
  events: readonly StoryEvent[];
  active: ReadonlySet<string>;
  lang: Lang;
  locale: string;
  t: Messages;
  onEvent: (event: StoryEvent) => void;
}

/** Marks closer than this (in % of the axis) merge: 7% of a 350 px axis is 24 px. */
const MIN_GAP = 7;

/** A small time axis built on d3-scale's scaleTime; each date is a real button. */
export function Timeline({ events, active, lang, locale, t, onEvent }: Props) {
  // With no dated event there is no span to draw: an empty axis would read as January 1970.
  if (!events.some((event) => parseStoryDate(event.date))) return null;
  const domain = timelineDomain(events);
  const groups = timelineGroups(events, domain, MIN_GAP);
  const ticks = timelineTicks(domain);
  const month = dateFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const day = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <div className="timeline" role="group" aria-label={t.timelineLabel(day.format(domain[0]), day.format(domain[1]))}>
      <svg className="timeline__axis" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <line x1="0" x2="100" y1="5" y2="5" />
        {ticks.map((tick) => (
          <line key={tick.x} className="timeline__tick" x1={tick.x} x2={tick.x} y1="3" y2="7" />
        ))}
      </svg>
      <div className="timeline__labels" aria-hidden="true">
        {ticks.map((tick, index) => {
          // Weekly ticks over a few weeks would repeat "sept. 22": a month is named once.
          const label = month.format(tick.date);
          return index > 0 && month.format(ticks[index - 1]!.date) === label ? null : <span key={tick.x} ref={atLeft(tick.x)}>{label}</span>;
        })}
      </div>
      {groups.map((group) => {
        const isActive = group.events.some((event) => active.has(event.id));
        const list = group.events.map((event) => t.eventOn(formatStoryDate(event.date, locale), event.title[lang])).join(t.listSeparator);
        // A mark that shows a count says it first, so the name a voice user hears includes what they see.
        const label = group.events.length > 1 ? t.eventsOnDate(group.events.length, list) : list;
        return (
          <button
            key={group.date}
            type="button"
            className={`timeline__dot${isActive ? ' is-active' : ''}${group.events.every((e) => e.context) ? ' is-context' : ''}`}
            ref={atLeft(group.x)}
            aria-label={label}
            title={label}
            aria-pressed={isActive}
            onClick={() => onEvent(group.events[0]!)}
          >
            {group.events.length > 1 ? group.events.length : ''}
          </button>
        );
      })}
    </div>
  );
}

/**
 * Sets an element's `left`, in percent, through the CSSOM: the CSP refuses inline style attributes, which is what a
 * pre-rendered `style` prop would be. The timeline is hidden until the scripts run (app.css).
 */
function atLeft(percent: number): (element: HTMLElement | null) => void {
  return (element) => {
    if (element) element.style.left = `${percent}%`;
  };
}
