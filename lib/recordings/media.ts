import { isLocalPicture, resolvePicture } from '@/lib/pictures/refs';
import type { ContentIssue } from '@/lib/posts/errors';
import { absoluteUrl } from '@/lib/site';
import { PLATFORM_LABELS, platformVideoOf } from './platforms';
import type { PlatformVideo } from './platforms';

/**
 * A post's recording: frontmatter `audio:` or `video:`, a file beside the post (relative to the
 * post's folder, as pictures are) or an https URL of a media file. Its timed blocks
 * (`**[12:34] 기자: …**`) play it from their moment.
 */
export type RecordingKind = 'audio' | 'video';

/** The media types a browser's own <audio>/<video> plays, by file extension. */
export const MEDIA_TYPES: Record<string, { type: string; kinds: RecordingKind[] }> = {
  mp3: { type: 'audio/mpeg', kinds: ['audio'] },
  m4a: { type: 'audio/mp4', kinds: ['audio'] },
  aac: { type: 'audio/aac', kinds: ['audio'] },
  ogg: { type: 'audio/ogg', kinds: ['audio'] },
  oga: { type: 'audio/ogg', kinds: ['audio'] },
  opus: { type: 'audio/ogg', kinds: ['audio'] },
  wav: { type: 'audio/wav', kinds: ['audio'] },
  flac: { type: 'audio/flac', kinds: ['audio'] },
  mp4: { type: 'video/mp4', kinds: ['video', 'audio'] },
  m4v: { type: 'video/mp4', kinds: ['video'] },
  webm: { type: 'video/webm', kinds: ['video', 'audio'] },
};

export interface Recording {
  kind: RecordingKind;
  /** As written in the frontmatter. */
  src: string;
  /** MIME type, from the extension (checked against the contents for a local file); `text/html`, a page, for a platform's video. */
  type: string;
  /** A YouTube or Vimeo video (lib/recordings/platforms.ts): played in the platform's player. */
  platform?: PlatformVideo;
  /** A local recording: its path relative to the content folder (`/`-separated). */
  file?: string;
  /** Filled by the loader (lib/recordings/inspect.ts) once a local file has been examined. */
  info?: RecordingInfo;
  /** The times its blocks give, with their lines in the post file (checked against its length). */
  times?: Array<{ time: number; line?: number }>;
}

export interface RecordingInfo {
  /** SHA-256 of the bytes (hex, first 16): the published file's name. */
  hash: string;
  bytes: number;
  /** Seconds, read from the file. */
  duration: number;
}

const extensionOf = (src: string) =>
  /\.([a-z0-9]+)$/i.exec(src.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase() ?? '';

/** The site path a local recording is published at: content-hashed, so served immutable. */
export function recordingPath(recording: Recording): string | undefined {
  return recording.info && `/recordings/${recording.info.hash}.${extensionOf(recording.src)}`;
}

/**
 * The URL the player plays, without the base path (a local file's published path, or the URL);
 * a platform's video has no file to play.
 */
export function recordingUrl(recording: Recording): string {
  if (recording.platform) return '';
  return recording.file ? (recordingPath(recording) ?? '') : recording.src;
}

/** The same as an absolute URL, for feeds and JSON-LD. */
export function recordingAbsoluteUrl(recording: Recording): string {
  const url = recordingUrl(recording);
  return url.startsWith('/') ? absoluteUrl(url) : url;
}

const KNOWN = Object.keys(MEDIA_TYPES)
  .map((e) => `.${e}`)
  .join(', ');

/** The post's recording from its frontmatter, and what is wrong with it that needs no file. */
export function recordingIn(
  meta: { audio?: string; video?: string },
  postFile: string,
): { recording?: Recording; issues: ContentIssue[] } {
  if (meta.audio && meta.video) {
    return {
      issues: [
        {
          file: postFile,
          field: 'video',
          message: 'a post has one recording: both audio and video are given',
          hint: 'keep the one its times were taken from',
        },
      ],
    };
  }
  const kind: RecordingKind | undefined = meta.audio ? 'audio' : meta.video ? 'video' : undefined;
  if (!kind) return { issues: [] };
  const src = (meta.audio ?? meta.video)!;
  const issue = (message: string, hint: string) => ({
    issues: [{ file: postFile, field: kind, message, hint }],
  });
  const platform = platformVideoOf(src);
  if (platform === 'not-a-video') {
    return issue(
      `"${src}" is a video platform's address, but not of one video`,
      'copy the address of the video itself (its page, or its "share" link)',
    );
  }
  if (platform) {
    if (kind === 'audio') {
      return issue(
        `"${src}" is a ${PLATFORM_LABELS[platform.platform]} video: write it as video:`,
        'a video platform plays in its own player, which the page shows as a video',
      );
    }
    return { recording: { kind, src, type: 'text/html', platform }, issues: [] };
  }
  const local = isLocalPicture(src);
  if (!local && !/^https:\/\/\S+$/i.test(src)) {
    return issue(
      `"${src}" is neither a file beside the post nor an https URL`,
      `write the file's path relative to the post (${kind === 'audio' ? 'audio/interview.mp3' : 'video/interview.mp4'}) or its full https:// URL`,
    );
  }
  const media = MEDIA_TYPES[extensionOf(src)];
  if (!media || !media.kinds.includes(kind)) {
    return issue(
      `"${src}" is not a kind of ${kind} file browsers play`,
      `publish it as one of ${KNOWN} (${kind === 'audio' ? 'MP3 or M4A plays everywhere' : 'MP4 (H.264) plays everywhere'})`,
    );
  }
  if (!local) return { recording: { kind, src, type: media.type }, issues: [] };
  const file = resolvePicture(postFile, src);
  if (!file) {
    return issue(
      `the recording "${src}" is outside the content folder: only files inside it are published`,
      'move it into the content folder',
    );
  }
  return { recording: { kind, src, type: media.type, file }, issues: [] };
}
