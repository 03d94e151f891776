import type { Lang, StoryEvent } from '../../shared/contract';
import type { Messages } from '../i18n';
import { formatStoryDate } from '../format/dates';

interface Props {
  events: readonly StoryEvent[];
  lang: Lang;
  locale: string;
  t: Messages;
  nameOf: (id: string) => string;
  onSelect: (event: StoryEvent) => void;
}

/** Every event of the story as a button, in date order: what the timeline's marks offer, one by one. */
export function EventList({ events, lang, locale, t, nameOf, onSelect }: Props) {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ul className="plain-list" data-testid="event-list">
      {sorted.map((event) => (
        <li key={event.id}>
          <button
            type="button"
            className={`list-button${event.context ? ' list-button--context' : ''}`}
            data-focus-key={`event-${event.id}`}
            onClick={() => onSelect(event)}
          >
            <span className="list-button__title">{event.title[lang]}</span>
            <span className="list-button__meta">
              <time dateTime={event.date}>{formatStoryDate(event.date, locale)}</time> · {nameOf(event.place)}
              {event.context ? ` · ${t.contextNote}` : ''}
            </span>
          </button>
          {event.note && <p className="note">{event.note[lang]}</p>}
        </li>
      ))}
    </ul>
  );
}
