import type { RecordingKind } from '@/lib/recordings/media';
import { watchUrl } from '@/lib/recordings/platforms';
import type { PlatformVideo } from '@/lib/recordings/platforms';
import { formatTime } from '@/lib/recordings/time';
import { t } from '@/lib/i18n';

/**
 * Where a post's blocks play from: the recording's URL (base path included) and its kind, or
 * the platform's video.
 */
export interface RecordingLink {
  href: string;
  kind: RecordingKind;
  platform?: PlatformVideo;
}

/** A moment's address without JavaScript: the file with a media fragment, or the video's page. */
export const momentHref = (recording: RecordingLink, seconds: number) =>
  recording.platform ? watchUrl(recording.platform, seconds) : `${recording.href}#t=${seconds}`;

/**
 * A timed block's moment, as a control that plays the recording from there. Without
 * JavaScript it is a link to the recording with a media fragment (`…#t=754`), which the browser
 * opens at that second (or to the platform's page of the video at that second);
 * client/recording.ts turns it into a seek of the player on the page.
 */
export function TimeLink({ seconds, recording }: { seconds: number; recording: RecordingLink }) {
  const label = formatTime(seconds);
  const verb = recording.kind === 'video' ? t.client.watch : t.client.listen;
  return (
    <a
      className="qa-time"
      href={momentHref(recording, seconds)}
      data-time={seconds}
      aria-label={t.recording.from(label, verb)}
    >
      {label}
    </a>
  );
}
