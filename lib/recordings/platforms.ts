/**
 * A video on YouTube or Vimeo, named by its page's address in `video:`. The page shows it as a
 * poster with a play button (components/recording/VideoFacade.tsx); the platform's
 * privacy-enhanced player is loaded only when the reader presses it (client/recording.ts), so no
 * request reaches the platform before. A moment is played by loading the player at that second
 * (URL parameters both platforms document) rather than by their script APIs, which would be
 * more code from them on our page.
 */
export type PlatformName = 'youtube' | 'vimeo';

export interface PlatformVideo {
  platform: PlatformName;
  id: string;
  /** An unlisted Vimeo video's privacy hash (`vimeo.com/123/abcdef`), without which it will not play. */
  hash?: string;
}

export const PLATFORM_LABELS: Record<PlatformName, string> = { youtube: 'YouTube', vimeo: 'Vimeo' };

/** Where the players come from: the only frames a page may load (pipeline/csp.ts). */
export const EMBED_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

const YOUTUBE_HOSTS = /^(?:www\.|m\.|music\.)?(?:youtube\.com|youtube-nocookie\.com)$/;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * The platform video an address names; `undefined` when it is not a YouTube or Vimeo address,
 * `'not-a-video'` when it is one but names no video (a channel, a search, a mistyped id).
 */
export function platformVideoOf(src: string): PlatformVideo | 'not-a-video' | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  if (host === 'youtu.be' || YOUTUBE_HOSTS.test(host)) {
    const id =
      host === 'youtu.be'
        ? parts[0]
        : parts[0] === 'watch'
          ? (url.searchParams.get('v') ?? undefined)
          : ['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')
            ? parts[1]
            : undefined;
    return id && YOUTUBE_ID.test(id) ? { platform: 'youtube', id } : 'not-a-video';
  }
  if (host === 'vimeo.com' || host === 'www.vimeo.com' || host === 'player.vimeo.com') {
    // vimeo.com/123, vimeo.com/123/hash, vimeo.com/channels/x/123, …/showcase/x/video/123,
    // player.vimeo.com/video/123?h=hash: the id is the first all-digit segment.
    const at = parts.findIndex((part) => /^\d+$/.test(part));
    if (at < 0) return 'not-a-video';
    const hash = parts[at + 1] ?? url.searchParams.get('h') ?? undefined;
    return {
      platform: 'vimeo',
      id: parts[at]!,
      ...(hash && /^[0-9a-f]{6,}$/i.test(hash) ? { hash: hash.toLowerCase() } : {}),
    };
  }
  return undefined;
}

/** The platform's privacy-enhanced player, set to play at once from `seconds`. */
export function embedUrl(video: PlatformVideo, seconds = 0): string {
  const base =
    video.platform === 'youtube'
      ? `https://www.youtube-nocookie.com/embed/${video.id}?autoplay=1&rel=0`
      : `https://player.vimeo.com/video/${video.id}?${video.hash ? `h=${video.hash}&` : ''}dnt=1&autoplay=1`;
  return embedAt(base, seconds);
}

/**
 * A player's address set to begin at `seconds` (YouTube's `start`, Vimeo's `#t=`): what
 * client/recording.ts loads for a time control, from the address the page carries.
 */
export function embedAt(embed: string, seconds: number): string {
  const url = new URL(embed);
  const at = Math.max(0, Math.floor(seconds));
  if (url.hostname === 'player.vimeo.com') {
    url.hash = at ? `t=${at}s` : '';
  } else if (at) {
    url.searchParams.set('start', String(at));
  } else {
    url.searchParams.delete('start');
  }
  return url.href;
}

/** The video's page on the platform at `seconds`: where a time links without JavaScript. */
export function watchUrl(video: PlatformVideo, seconds = 0): string {
  const at = Math.max(0, Math.floor(seconds));
  if (video.platform === 'youtube') {
    return `https://www.youtube.com/watch?v=${video.id}${at ? `&t=${at}s` : ''}`;
  }
  return `https://vimeo.com/${video.id}${video.hash ? `/${video.hash}` : ''}${at ? `#t=${at}s` : ''}`;
}
