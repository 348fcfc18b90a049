import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parsePost, PUBLIC_DIR } from './parse';
import type { ParseResult } from './parse';

/**
 * parsePost through a cache on disk: every build process (the content check, Next's main
 * process and each render worker) parses every post, ~5 ms each — 1,000 posts are ~20 s of
 * CPU a build. A post parsed before, with the same name and text and the same parser, is read
 * back instead. The key includes the parser's own source and the lockfile, so a change to the
 * parsing code or a dependency parses everything again. Only valid posts are cached; a cached
 * post's public image is checked again (it may have been deleted since).
 */
const CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'daedam-posts');
const PARSER_SOURCES = [
  'lib/posts',
  'lib/markdown',
  'lib/interview',
  'lib/format',
  'lib/pictures',
  'lib/recordings',
];

let parserVersion: string | undefined;

function versionOfParser(): string {
  if (parserVersion) return parserVersion;
  const hash = createHash('sha256');
  for (const dir of PARSER_SOURCES) {
    const folder = path.join(process.cwd(), dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!/\.tsx?$/.test(name)) continue;
      hash.update(name).update(readFileSync(path.join(folder, name)));
    }
  }
  const lockfile = path.join(process.cwd(), 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  parserVersion = hash.digest('hex');
  return parserVersion;
}

export function parsePostCached(file: string, text: string): ParseResult {
  const key = createHash('sha256').update(versionOfParser()).update(file).update('\0').update(text);
  const cached = path.join(CACHE_DIR, `${key.digest('hex')}.json`);
  try {
    const post = JSON.parse(readFileSync(cached, 'utf8')) as NonNullable<ParseResult['post']>;
    const image = post.image;
    if (!image?.startsWith('/') || existsSync(path.join(PUBLIC_DIR, image))) return { post };
  } catch {
    // Not parsed before (or unreadable): parse it.
  }
  const result = parsePost(file, text);
  if (result.post) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      // Write then rename: parallel build processes never read a half-written file.
      const partial = `${cached}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(result.post));
      renameSync(partial, cached);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
  return result;
}
