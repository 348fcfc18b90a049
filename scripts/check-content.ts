/**
 * `npm run check`: validates every post (frontmatter, MDX rules, slugs, categories) without
 * building. Exit 0 when the content is publishable, 1 with every problem listed otherwise.
 * `npm run build` runs it first, so invalid content never reaches Next.js or out/.
 * `--sources <file>` also writes the published posts' source files as JSON ([{ slug, path }]):
 * the build copies them, byte for byte, to /posts/<slug>.md.
 * `--search <folder>` also writes the sharded search index of the published posts there
 * (lib/search/files.ts): the build moves it to /search-index/. It is written here, beside
 * `next build`, because the check has every post in memory already.
 * `--cards <folder>` also writes the posts' share cards there (lib/og/card-files.ts), drawn
 * in one thread a core or copied from the cache; the build moves them into the export.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPosts } from '../lib/posts/load';
import { ContentError } from '../lib/posts/errors';
import { site } from '../lib/site';
import { writeSearchFiles } from '../lib/search/files';
import { CardError, writeCards } from '../lib/og/card-files';
import { cardsOf } from '../lib/og/cards-for';
import type { Card } from '../lib/og/cards-for';

const started = performance.now();

/**
 * Everything that needs the posts: validation, the sources list, the search index and the
 * list of cards to draw. Only the cards and the summary line leave it, so the posts (and the
 * index) are garbage before the long part, drawing the cards, begins — the check runs beside
 * the whole of `next build` and its memory adds to Next's.
 */
async function checkPosts(): Promise<{ summary: string; cards: Card[] }> {
  const posts = await loadPosts(site.postsDir, { includeDrafts: true });
  const published = posts.filter((post) => !post.draft);
  const drafts = posts.length - published.length;
  const sourcesAt = process.argv.indexOf('--sources');
  if (sourcesAt > 0) {
    const sources = published.map((post) => ({
      slug: post.slug,
      path: path.join(site.postsDir, post.file),
    }));
    const file = process.argv[sourcesAt + 1]!;
    // OUT_DIR may be nested in folders that do not exist yet (a fresh clone's test-results/).
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(sources));
  }
  let summary =
    (posts.length === 0
      ? '✓ no posts yet: the site builds with an empty archive'
      : `✓ ${posts.length === 1 ? '1 post is' : `${posts.length} posts are`} valid`) +
    `${drafts ? ` (${drafts} of them drafts, not published)` : ''} — ` +
    `${Math.round(performance.now() - started)} ms`;
  const searchAt = process.argv.indexOf('--search');
  if (searchAt > 0) {
    const indexing = performance.now();
    const written = await writeSearchFiles(published, process.argv[searchAt + 1]!);
    summary +=
      `\n✓ search index: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB — ` +
      `${Math.round(performance.now() - indexing)} ms`;
  }
  return { summary, cards: process.argv.includes('--cards') ? cardsOf(published) : [] };
}

try {
  const { summary, cards } = await checkPosts();
  let done = summary;
  const cardsAt = process.argv.indexOf('--cards');
  if (cardsAt > 0) {
    const drawing = performance.now();
    const written = await writeCards(cards, process.argv[cardsAt + 1]!);
    done +=
      `\n✓ share cards: ${written.cards} (${written.drawn} drawn, the others from the cache) — ` +
      `${Math.round(performance.now() - drawing)} ms`;
  }
  console.log(done);
} catch (error) {
  // A content error, or a card that could not be drawn (the message names the post).
  if (error instanceof ContentError || error instanceof CardError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
