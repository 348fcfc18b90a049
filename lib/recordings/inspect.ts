import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentIssue } from '@/lib/posts/errors';
import { formatTime } from './time';
import type { Recording, RecordingInfo } from './media';

/**
 * What the build needs of a local recording: its length (read from the file with
 * music-metadata, no external program), its size, and a hash of its bytes that names the
 * published file. Every build process loads the posts, and a recording can be hundreds of
 * megabytes: what was found is kept on disk, keyed by the file's path, size and modification
 * time, as for pictures.
 */
const CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'daedam-recordings');

async function hashOf(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex').slice(0, 16);
}

/** The recording's length in seconds, or undefined when it is not a recording. */
async function durationOf(file: string): Promise<number | undefined> {
  const { parseFile } = await import('music-metadata');
  try {
    const { duration } = (await parseFile(file, { duration: true, skipCovers: true })).format;
    return duration && Number.isFinite(duration) && duration > 0 ? duration : undefined;
  } catch {
    return undefined;
  }
}

const known = new Map<string, Promise<RecordingInfo | undefined>>();

/** The recording at `file` (absolute), or undefined when it is none; null when it is missing. */
async function inspect(file: string): Promise<RecordingInfo | undefined | null> {
  const stats = await stat(file).catch(() => null);
  if (!stats?.isFile()) return null;
  const key = `${file}\0${stats.size}\0${stats.mtimeMs}`;
  let info = known.get(key);
  if (!info) {
    info = fromDisk(file, key, stats.size);
    known.set(key, info);
  }
  return info;
}

async function fromDisk(
  file: string,
  key: string,
  bytes: number,
): Promise<RecordingInfo | undefined> {
  const record = path.join(CACHE_DIR, `${createHash('sha256').update(key).digest('hex')}.json`);
  try {
    return JSON.parse(await readFile(record, 'utf8')) as RecordingInfo;
  } catch {
    // Not examined before: examine it.
  }
  const duration = await durationOf(file);
  if (duration === undefined) return undefined;
  const info: RecordingInfo = { hash: await hashOf(file), bytes, duration };
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename: parallel build processes never read a half-written file.
    const temporary = `${record}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(info));
    renameSync(temporary, record);
  } catch {
    // A cache that cannot be written costs time, not correctness.
  }
  return info;
}

/**
 * Examines a post's local recording against its times; returns its facts, or what cannot be
 * published (by field, or by line for a time past its end).
 */
export async function examineRecording(
  recording: Recording,
  postFile: string,
  contentDir: string,
): Promise<{ info?: RecordingInfo; issues: ContentIssue[] }> {
  const field = recording.kind;
  const info = await inspect(path.join(contentDir, recording.file!));
  if (info === null) {
    return {
      issues: [
        {
          file: postFile,
          field,
          message: `the recording "${recording.src}" does not exist (looked for ${recording.file})`,
          hint: 'put the file beside the post, or correct the path (it is relative to the post’s folder)',
        },
      ],
    };
  }
  if (info === undefined) {
    return {
      issues: [
        {
          file: postFile,
          field,
          message: `the recording "${recording.src}" cannot be read: its contents are no ${recording.type} recording`,
          hint: 'export it again as MP3 or M4A (audio) or MP4 (video)',
        },
      ],
    };
  }
  const late = (recording.times ?? []).filter((t) => t.time > info.duration);
  return {
    info,
    issues: late.map((t) => ({
      file: postFile,
      line: t.line,
      message: `the time ${formatTime(t.time)} is past the end of the recording (${formatTime(info.duration)})`,
      hint: 'check the time against the recording, or the recording named in the frontmatter',
    })),
  };
}
