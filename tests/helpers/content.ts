import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import matter from 'gray-matter';

// The tests' own copy: posts/ belongs to the publisher and may hold anything.
export const FIRST_POST_FILE = path.join(
  process.cwd(),
  'tests/fixtures/first-post/yann-lecun-on-llms.md',
);
export const FIRST_POST_SLUG = 'yann-lecun-on-llms';

/** The first post exactly as its author wrote it (byte-identical to the source). */
export function firstPostSource(): string {
  return readFileSync(FIRST_POST_FILE, 'utf8');
}

export function firstPostBody(): string {
  return matter(firstPostSource()).content;
}

/**
 * The sentences of a Markdown body, in order, as a reader sees them: emphasis markers
 * removed, split after . ? ! — bare-URL lines are returned separately (they become links).
 */
export function sentencesOf(markdownBody: string): { sentences: string[]; urls: string[] } {
  const sentences: string[] = [];
  const urls: string[] = [];
  for (const raw of markdownBody.split('\n')) {
    const line = raw.replace(/\*\*/g, '').trim();
    if (!line) continue;
    if (/^https?:\/\/\S+$/.test(line)) {
      urls.push(line);
      continue;
    }
    sentences.push(...line.split(/(?<=[.?!])\s+/).filter(Boolean));
  }
  return { sentences, urls };
}

/** Asserts every sentence occurs in `text` exactly once and in the source order. */
export function expectFaithful(text: string, sentences: string[]): void {
  const flat = text.replace(/\s+/g, ' ');
  let cursor = 0;
  for (const sentence of sentences) {
    const at = flat.indexOf(sentence, cursor);
    if (at === -1) {
      const anywhere = flat.indexOf(sentence);
      throw new Error(
        anywhere === -1
          ? `missing from the page: "${sentence}"`
          : `out of order on the page: "${sentence}"`,
      );
    }
    if (flat.indexOf(sentence, at + 1) !== -1 && flat.split(sentence).length - 1 > 1) {
      throw new Error(`appears more than once on the page: "${sentence}"`);
    }
    cursor = at + sentence.length;
  }
}

/** A fresh content folder in the system's temp dir holding `files` (name → text or bytes). */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-posts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** `npm run check` with `args` on the content folder `postsDir`, run as the build runs it. */
export function runCheck(postsDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, POSTS_DIR: postsDir },
  });
}
