import type { ClientText as Text } from '../ko/client';

/** The words of the browser modules (client/), in English. */
export const linkCopied: Text['linkCopied'] = 'Link copied';

export const linkCopyFailed: Text['linkCopyFailed'] =
  'Could not copy. Please copy the link from the address bar';

export const quoteCopied: Text['quoteCopied'] = 'Quote and link copied';

export const quoteCopyFailed: Text['quoteCopyFailed'] =
  'Could not copy. Please copy the text yourself';

export const quoteShare: Text['quoteShare'] = 'Share quote';

export const searchFailed: Text['searchFailed'] =
  'The search index could not be loaded. Please try again in a moment.';

export const searchLoading: Text['searchLoading'] = 'Loading the search index…';

export const searchNothing: Text['searchNothing'] = (query) =>
  `No question or answer matches “${query}”`;

export const searchCount: Text['searchCount'] = (n) => (n === 1 ? '1 result' : `${n} results`);

export const searchMore: Text['searchMore'] = (shown, total) =>
  `More results (${shown} / ${total})`;

export const listen: Text['listen'] = 'Listen';

export const watch: Text['watch'] = 'Watch';

export const sharedMoment: Text['sharedMoment'] = (time, verb) =>
  `${verb} from the shared moment, ${time}`;

export const theme: Text['theme'] = {
  system: 'system setting',
  light: 'light',
  dark: 'dark',
  button: (current, next) => `Colour theme: ${current} (press for ${next})`,
};

export const videoFrame: Text['videoFrame'] = (platform) => `Interview video (${platform})`;
