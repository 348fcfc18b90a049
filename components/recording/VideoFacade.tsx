import type { Post } from '@/lib/posts';
import { ShownPicture } from '@/components/markdown/Picture';
import { embedUrl, PLATFORM_LABELS, watchUrl } from '@/lib/recordings/platforms';
import type { PlatformVideo } from '@/lib/recordings/platforms';
import { t } from '@/lib/i18n';
import { site } from '@/lib/site';

/**
 * A YouTube or Vimeo video as a poster with a play button (lib/recordings/platforms.ts): nothing
 * comes from the platform until the reader presses it; then client/recording.ts puts the
 * platform's privacy-enhanced player in its place. The poster is the post's cover (drawn here
 * instead of above the title), or a plain panel: the platform's thumbnail would be a request to
 * it. Without JavaScript the button is a link to the video's page on the platform.
 */
export function VideoFacade({ post, video }: { post: Post; video: PlatformVideo }) {
  const platform = PLATFORM_LABELS[video.platform];
  return (
    <div
      className="recording recording-embed"
      lang={site.locale}
      data-embed={embedUrl(video)}
      data-platform={platform}
    >
      <a className="embed-play" href={watchUrl(video)} aria-describedby="embed-note">
        {post.cover?.info ? (
          <ShownPicture info={post.cover.info} alt="" eager className="embed-poster" />
        ) : null}
        <span className="embed-label">
          <span className="embed-button" aria-hidden="true" />
          {/* Named for what it does; the ▶ is drawn, not read. */}
          <span className="embed-text">{t.recording.play}</span>
        </span>
      </a>
      <p className="embed-note" id="embed-note">
        {t.recording.facade(platform)}
      </p>
    </div>
  );
}
