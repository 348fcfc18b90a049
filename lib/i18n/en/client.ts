import type { ClientText } from '../ko/client';

/** The words of the browser modules (client/), in English. */
export const client: ClientText = {
  linkCopied: 'Link copied',
  linkCopyFailed: 'Could not copy. Please copy the link from the address bar',
  quoteCopied: 'Quote and link copied',
  quoteCopyFailed: 'Could not copy. Please copy the text yourself',
  quoteShare: 'Share quote',
  searchFailed: 'The search index could not be loaded. Please try again in a moment.',
  searchLoading: 'Loading the search index…',
  searchNothing: (query) => `No question or answer matches “${query}”`,
  searchCount: (n) => (n === 1 ? '1 result' : `${n} results`),
  searchMore: (shown, total) => `More results (${shown} / ${total})`,
  listen: 'Listen',
  watch: 'Watch',
  sharedMoment: (time, verb) => `${verb} from the shared moment, ${time}`,
  theme: {
    system: 'system setting',
    light: 'light',
    dark: 'dark',
    button: (current, next) => `Colour theme: ${current} (press for ${next})`,
  },
  videoFrame: (platform) => `Interview video (${platform})`,
};
