/**
 * `npm run check`: validates every post (frontmatter, MDX rules, slugs, categories) without
 * building. Exit 0 when the content is publishable, 1 with every problem listed otherwise.
 * `npm run build` runs it first, so invalid content never reaches Next.js or out/.
 * `--sources <file>` also writes the files published byte for byte as JSON ([{ path, to }]): the
 * posts' sources (/posts/<slug>.md) and local recordings (/recordings/<hash>.<ext>).
 * `--search <folder>` also writes the sharded search index of the published posts there
 * (lib/search/files.ts): the build moves it to /search-index/. It is written here, beside
 * `next build`, because the check has every post in memory already.
 * `--feeds <folder>` also writes the RSS and JSON feeds of every category, tag and person there
 * (lib/feed/files.ts): ~2,200 files at 1,000 posts that Next would render one by one; and the
 * recorded posts' WebVTT transcripts and chapters (lib/recordings/transcript.ts).
 * `--posts <file>` also writes the pages' posts there, last (lib/posts/snapshot.ts): Next's
 * processes, started beside this check, wait for them instead of parsing the archive again.
 * `--plan <file>` also writes the page cache's plan there first (pipeline/page-cache/plan.ts):
 * which page groups `next build`, started beside this check, leaves to the cache.
 * `--cards <file>` also writes the list of the posts' share cards there, one JSON card a line
 * (lib/og/cards-for.ts, lib/og/card-files.ts):
 * scripts/draw-cards.ts draws them once this process has ended, so the memory the posts and
 * the index took is given back before the long part begins (it runs beside `next build`).
 * `--redirects <folder>` also writes the pages that keep the posts' old paths (aliases) working,
 * and `_redirects` (lib/redirects/files.ts); the build moves them in, refusing any that would
 * replace a page.
 * `--previous <folder>`: the last build's export; a post it published that is gone now, with no
 * alias keeping its path, is warned about (lib/redirects/renamed.ts).
 * `--pictures <file>` also writes the list of the pictures the published posts show
 * (lib/pictures/encode.ts), which scripts/encode-pictures.ts encodes the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFeedFiles } from '../lib/feed/files';
import { getAllPosts, provideCheckedPosts } from '../lib/posts';
import { writePostsSnapshot } from '../lib/posts/snapshot';
import { loadPosts } from '../lib/posts/load';
import { ContentError } from '../lib/posts/errors';
import { site } from '../lib/site';
import { writeSearchFiles } from '../lib/search/files';
import { cardsOf } from '../lib/og/cards-for';
import { writeCardList } from '../lib/og/card-files';
import { publishedPictures } from '../lib/pictures/encode';
import { writeRecordingFiles } from '../lib/recordings/transcript';
import { writePagePlan } from '../pipeline/page-cache/plan';
import { publishedSources } from '../pipeline/content-files';
import { writeRedirectFiles } from '../lib/redirects/files';
import { renamedWithoutAlias } from '../lib/redirects/renamed';

const started = performance.now();

/** Writes `data` as JSON to `file`, making its folder (OUT_DIR may be in a fresh clone's test-results/). */
function writeJson(file: string, data: unknown) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(data));
}

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

try {
  const posts = await loadPosts(site.postsDir, { includeDrafts: true });
  const published = posts.filter((post) => site.drafts || !post.draft);
  const drafts = posts.length - published.length;
  // The plan, the feeds and the cards use the posts this check has read.
  provideCheckedPosts(published);
  const plan = option('--plan');
  if (plan) await writePagePlan(plan);
  const sources = option('--sources');
  if (sources) {
    writeJson(sources, publishedSources(published));
  }
  const cards = option('--cards');
  if (cards) writeCardList(cards, cardsOf(published));
  const redirects = option('--redirects');
  if (redirects) writeRedirectFiles(published, redirects);
  const pictures = option('--pictures');
  if (pictures) writeJson(pictures, await publishedPictures(published, site.postsDir));
  let summary =
    (posts.length === 0
      ? '✓ no posts yet: the site builds with an empty archive'
      : `✓ ${posts.length === 1 ? '1 post is' : `${posts.length} posts are`} valid`) +
    `${drafts ? ` (${drafts} of them drafts, not published)` : ''} — ` +
    `${Math.round(performance.now() - started)} ms`;
  const search = option('--search');
  if (search) {
    const indexing = performance.now();
    const written = await writeSearchFiles(published, search);
    summary +=
      `\n✓ search index: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB — ` +
      `${Math.round(performance.now() - indexing)} ms`;
  }
  const feeds = option('--feeds');
  if (feeds) {
    const writing = performance.now();
    const written = await writeFeedFiles(feeds);
    // Beside the feeds: the recorded posts' transcripts and chapters (lib/recordings/).
    written.files += writeRecordingFiles(published, feeds);
    summary +=
      `\n✓ feeds: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB — ` +
      `${Math.round(performance.now() - writing)} ms`;
  }
  const previous = option('--previous');
  if (previous) {
    for (const warning of renamedWithoutAlias(previous, published, site.basePath))
      summary += `\n⚠ ${warning}`;
  }
  // Last: Next's processes wait for it, so they render once the memory this check took (every
  // post's text, the search index) is given back — at 10,000 posts the two overlapped by
  // ~700 MB, and the check's CPU would only have slowed the renders beside it.
  const snapshot = option('--posts');
  if (snapshot) writePostsSnapshot(snapshot, await getAllPosts());
  console.log(summary);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
