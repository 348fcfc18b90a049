import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PostWithText } from '@/lib/posts';
import { answerAnchorPath, postPath } from '@/lib/seo/urls';
import { absoluteUrl } from '@/lib/site';
import { vttTime } from './time';

/**
 * What a recorded post publishes for machines: its transcript as WebVTT (one cue a timed
 * block, from its time to the next block's, speakers as `<v Name>`), which players show as
 * captions and podcast apps read; and its chapters in the Podcasting 2.0 JSON format (one a
 * timed question, linked to its answer on the page).
 */
export const transcriptPath = (post: Pick<PostWithText, 'slug'>) => `${postPath(post)}.vtt`;
export const chaptersPath = (post: Pick<PostWithText, 'slug'>) => `${postPath(post)}.chapters.json`;

interface Block {
  time?: number;
  speaker?: string;
  text: string;
}

/** The post's questions and answers in reading order. */
function blocksOf(post: PostWithText): Block[] {
  return post.questions.flatMap((q) => [
    { time: q.time, speaker: q.speaker, text: q.text },
    ...q.answers.map((a) => ({ time: a.time, speaker: a.speaker, text: a.text })),
  ]);
}

/** Cue text: `&`, `<` and `>` escaped (so no text can end a cue early or forge a tag), no blank line. */
const cueText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n\s*\n+/g, '\n')
    .trim();

/** Whether the post has anything to publish for machines: a recording and a time. */
export const hasTimedRecording = (post: Pick<PostWithText, 'recording' | 'questions'>) =>
  Boolean(post.recording) &&
  post.questions.some((q) => q.time !== undefined || q.answers.some((a) => a.time !== undefined));

/** The WebVTT transcript; an untimed block joins the cue of the timed block before it. */
export function transcriptVtt(post: PostWithText): string {
  const cues: Array<{ start: number; lines: string[] }> = [];
  for (const block of blocksOf(post)) {
    if (block.time !== undefined) cues.push({ start: block.time, lines: [] });
    const cue = cues.at(-1);
    if (!cue || !block.text) continue;
    const voice = block.speaker ? `<v ${cueText(block.speaker)}>` : '';
    cue.lines.push(`${voice}${cueText(block.text)}`);
  }
  const end = post.recording?.info?.duration;
  const body = cues.map((cue, i) => {
    // To the next cue; the last to the end of the recording when it is known, else a minute on.
    const stop = cues[i + 1]?.start ?? end ?? cue.start + 60;
    return `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(Math.max(stop, cue.start))}\n${cue.lines.join('\n')}`;
  });
  return `WEBVTT\n\n${body.join('\n\n')}\n`;
}

/** Podcasting 2.0 chapters (https://github.com/Podcastindex-org/podcast-namespace, JSON chapters). */
export function chaptersJson(post: PostWithText): string {
  const chapters = post.questions
    .filter((q) => q.time !== undefined)
    .map((q) => ({
      startTime: q.time,
      title: q.text,
      url: absoluteUrl(answerAnchorPath(post, q.n)),
    }));
  return `${JSON.stringify({ version: '1.2.0', chapters }, null, 2)}\n`;
}

export const TRANSCRIPT_TYPES = {
  vtt: 'text/vtt; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** The transcript and chapters of `post` at a site path, if it publishes that one. */
export function recordingTextAt(
  post: PostWithText,
  pathname: string,
): { type: string; text: string } | undefined {
  if (!hasTimedRecording(post)) return undefined;
  if (pathname === transcriptPath(post))
    return { type: TRANSCRIPT_TYPES.vtt, text: transcriptVtt(post) };
  if (pathname === chaptersPath(post))
    return { type: TRANSCRIPT_TYPES.json, text: chaptersJson(post) };
  return undefined;
}

/** Writes every recorded post's transcript and chapters under `dir` (the export's root). */
export function writeRecordingFiles(posts: PostWithText[], dir: string): number {
  let files = 0;
  for (const post of posts.filter(hasTimedRecording)) {
    for (const [file, text] of [
      [transcriptPath(post), transcriptVtt(post)],
      [chaptersPath(post), chaptersJson(post)],
    ] as const) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
      files += 1;
    }
  }
  return files;
}
