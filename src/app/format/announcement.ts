import type { StoryLayers, StoryManifest } from '../../shared/contract';
import { messagesFor } from '../i18n';
import type { Announcement, ReaderState } from '../state/reader';
import { nameResolver } from './names';

/** The live region's words for an announcement, in the language the reader had when it was made. */
export function announcementText(
  announcement: Announcement | null,
  story: Pick<StoryManifest, 'people' | 'steps'>,
  layers: Pick<StoryLayers, 'countries' | 'places'>,
): string {
  if (!announcement) return '';
  const { lang } = announcement;
  const t = messagesFor(lang);
  switch (announcement.kind) {
    case 'cleared':
      return t.announceCleared;
    case 'overview':
      return t.overview;
    case 'step': {
      const step = story.steps[announcement.index];
      return step ? t.announceStep(announcement.index + 1, story.steps.length, step.title[lang]) : '';
    }
    case 'person':
      return t.announcePerson(nameResolver(story, layers, lang)(announcement.id));
    case 'country':
      return t.announceCountry(nameResolver(story, layers, lang)(announcement.id));
    case 'place':
      return t.announcePlace(nameResolver(story, layers, lang)(announcement.id));
  }
}

/** The notice for address parameters that were ignored, in the language of the address that held them. */
export function noticeText(notice: ReaderState['notice']): string | null {
  if (!notice) return null;
  const t = messagesFor(notice.lang);
  return t.noticeIgnored(notice.keys.map((key) => t.urlParam[key]).join(', '));
}
