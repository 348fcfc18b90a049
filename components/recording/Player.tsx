import type { Post } from '@/lib/posts';
import { recordingUrl } from '@/lib/recordings/media';
import { withBasePath } from '@/components/markdown/SafeLink';
import type { RecordingLink } from './TimeLink';
import { hasTimedRecording, transcriptPath } from '@/lib/recordings/transcript';
import { site, sitePath } from '@/lib/site';
import { watchUrl } from '@/lib/recordings/platforms';
import { VideoFacade } from './VideoFacade';
import { t } from '@/lib/i18n';

/** The recording's URL as the page links it (a local file under the base path), if any. */
export function recordingLinkOf(post: Post): RecordingLink | undefined {
  const recording = post.recording;
  if (!recording) return undefined;
  if (recording.platform) {
    return { href: watchUrl(recording.platform), kind: 'video', platform: recording.platform };
  }
  const url = recordingUrl(recording);
  if (!url) return undefined;
  return { href: withBasePath(url), kind: recording.kind };
}

/**
 * The browser's own player above the interview: nothing of the file is loaded before the reader
 * presses play (`preload="none"`; with "metadata" Chromium reads a megabyte ahead, measured by
 * `npm run bench:recording-pages`, and its controls shift as the length arrives). The length is
 * in the post's facts instead (components/post/PostHeader.tsx). Kept in reach while reading by CSS
 * (an audio player sticks to the top of the screen).
 */
export function Player({ post }: { post: Post }) {
  const link = recordingLinkOf(post);
  if (!link || !post.recording) return null;
  if (link.platform) return <VideoFacade post={post} video={link.platform} />;
  const Media = link.kind;
  return (
    // The interface's language, inside a post whose text may be in another.
    <div className={`recording recording-${link.kind}`} lang={site.locale}>
      <Media
        controls
        preload="none"
        src={link.href}
        aria-label={link.kind === 'video' ? t.recording.videoLabel : t.recording.audioLabel}
        {...(link.kind === 'video' ? { playsInline: true } : {})}
      >
        {hasTimedRecording(post) ? (
          // The transcript as captions (lib/recordings/transcript.ts); fetched only if turned on.
          <track
            kind="captions"
            src={sitePath(transcriptPath(post))}
            srcLang={post.lang}
            label={t.recording.captions(site.name)}
          />
        ) : null}
        <a href={link.href}>
          {link.kind === 'video' ? t.recording.openVideo : t.recording.openAudio}
        </a>
      </Media>
    </div>
  );
}
