import type { Claim, Lang, Step, StoryEvent } from '../../shared/contract';
import type { Messages } from '../i18n';
import { formatStoryDate } from '../format/dates';
import { ClaimView } from './ClaimView';
import { Timeline } from './Timeline';

interface Props {
  steps: readonly Step[];
  events: readonly StoryEvent[];
  index: number | null;
  lang: Lang;
  locale: string;
  t: Messages;
  /** Figures the current step shows, checked against their sources. */
  claims: readonly Claim[];
  onGo: (index: number | null) => void;
  onEvent: (event: StoryEvent) => void;
}

/** The story's steps as a walk: where we are, what happened, and the way on. */
export function StoryWalk({ steps, events, index, lang, locale, t, claims, onGo, onEvent }: Props) {
  const step = index === null ? undefined : steps[index];
  const stepEvents = step ? events.filter((event) => step.events.includes(event.id)) : [];
  const active = new Set(stepEvents.map((event) => event.id));
  const atEnd = index !== null && index >= steps.length - 1;
  return (
    <section className="walk" aria-labelledby="walk-title">
      <h2 id="walk-title" className="walk__kicker">
        {t.walkTitle}
        <span className="walk__count">{step ? ` · ${t.stepOf(index! + 1, steps.length)}` : ''}</span>
      </h2>
      <p className="walk__title">{step ? step.title[lang] : t.overview}</p>
      {step?.body && <p className="walk__body">{step.body[lang]}</p>}
      {stepEvents.length > 0 && (
        <ul className="walk__events">
          {stepEvents.map((event) => (
            <li key={event.id}>
              <button type="button" className="event-button" onClick={() => onEvent(event)}>
                <span className="event-button__date">{formatStoryDate(event.date, locale)}</span> {event.title[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {claims.map((claim) => (
        <ClaimView key={claim.id} claim={claim} lang={lang} locale={locale} t={t} />
      ))}
      <Timeline events={events} active={active} lang={lang} locale={locale} t={t} onEvent={onEvent} />
      <div className="walk__nav">
        <button
          type="button"
          data-testid="step-prev"
          onClick={() => onGo(index === null || index === 0 ? null : index - 1)}
          disabled={index === null}
        >
          ← {t.previous}
        </button>
        <span className="walk__dots" aria-hidden="true">
          {steps.map((s, i) => (
            <span key={s.id} className={i === index ? 'is-active' : ''} />
          ))}
        </span>
        <button type="button" data-testid="step-next" onClick={() => onGo(index === null ? 0 : index + 1)} disabled={atEnd}>
          {index === null ? t.start : t.next} →
        </button>
      </div>
    </section>
  );
}
