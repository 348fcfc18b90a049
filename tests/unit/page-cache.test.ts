import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyPagePlan, groupOf, StalePagesError } from '../../pipeline/page-cache/export';

/** An export folder with `files` (relative path → text). */
function exportWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'daedam-export-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

function planFile(
  cacheDir: string,
  groups: Array<{ group: string; key: string; cached: boolean }>,
) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'daedam-plan-')), 'plan.json');
  writeFileSync(file, JSON.stringify({ cacheDir, groups }));
  return file;
}

test('each exported page belongs to the group whose key covers it', () => {
  expect(groupOf('posts/a-talk.html')).toBe('post:a-talk');
  expect(groupOf('posts/a-talk/q/3.html')).toBe('post:a-talk');
  expect(groupOf('tags/ai.html')).toBe('tag:ai');
  expect(groupOf('tags/ai/page/2.html')).toBe('tag:ai');
  expect(groupOf('categories/science.html')).toBe('category:science');
  expect(groupOf('categories/science/page/3.html')).toBe('category:science');
  expect(groupOf('page/2.html')).toBe('archive');
  expect(groupOf('people/lecun.html')).toBe('person:lecun');
  expect(groupOf('people/lecun/page/4.html')).toBe('person:lecun');
  // Rendered by every build: the front page, the people index, search, feeds, sources.
  for (const file of [
    'index.html',
    'people.html',
    'search.html',
    'tags/ai/feed.xml',
    'posts/a-talk.md',
  ])
    expect(groupOf(file)).toBeUndefined();
});

test('a rendered group is kept, and a later build copies it with its inline script hashes', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'daedam-pages-'));
  const css = '/_next/static/chunks/site.css';
  const first = exportWith({
    'posts/a.html': '<p>A</p>',
    'posts/a/q/1.html': '<p>A1</p>',
    '_next/static/chunks/site.css': '',
  });
  const facts = { inline: ['sha256-abc'], styles: ['sha256-css'], assets: [css] };
  const rendered = new Map([
    ['posts/a.html', facts],
    ['posts/a/q/1.html', facts],
  ]);
  const saved = await applyPagePlan(
    first,
    planFile(cacheDir, [{ group: 'post:a', key: 'k1', cached: false }]),
    rendered,
  );
  expect(saved).toMatchObject({ saved: 1, restored: 0 });

  const second = exportWith({ '_next/static/chunks/site.css': '' });
  const result = await applyPagePlan(
    second,
    planFile(cacheDir, [{ group: 'post:a', key: 'k1', cached: true }]),
    new Map(),
  );
  expect(result.restored).toBe(2);
  expect([...result.inline]).toEqual(['sha256-abc']);
  expect([...result.styles]).toEqual(['sha256-css']);
  expect(readFileSync(path.join(second, 'posts/a/q/1.html'), 'utf8')).toBe('<p>A1</p>');
  // Kept and restored as links to one file: no page is written twice on one filesystem.
  const inode = (file: string) => statSync(file).ino;
  const cached = path.join(cacheDir, 'k1', 'files', 'posts/a/q/1.html');
  expect(inode(path.join(first, 'posts/a/q/1.html'))).toBe(inode(cached));
  expect(inode(path.join(second, 'posts/a/q/1.html'))).toBe(inode(cached));
});

test('a cache on another filesystem keeps and restores copies', async () => {
  // /dev/shm is a tmpfs: a hard link from it to the temporary folder's disk cannot be made.
  const cacheDir = mkdtempSync('/dev/shm/daedam-pages-');
  const first = exportWith({ 'posts/a.html': '<p>A</p>' });
  const facts = { inline: [], styles: [], assets: [] };
  await applyPagePlan(
    first,
    planFile(cacheDir, [{ group: 'post:a', key: 'k1', cached: false }]),
    new Map([['posts/a.html', facts]]),
  );
  const cached = path.join(cacheDir, 'k1', 'files', 'posts/a.html');
  expect(readFileSync(cached, 'utf8')).toBe('<p>A</p>');
  expect(statSync(cached).dev).not.toBe(statSync(path.join(first, 'posts/a.html')).dev);

  const second = exportWith({});
  const result = await applyPagePlan(
    second,
    planFile(cacheDir, [{ group: 'post:a', key: 'k1', cached: true }]),
    new Map(),
  );
  expect(result.restored).toBe(1);
  expect(readFileSync(path.join(second, 'posts/a.html'), 'utf8')).toBe('<p>A</p>');
});

test('a cached page that loads a file this build did not write is refused, naming both', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'daedam-pages-'));
  const first = exportWith({ 'tags/ai.html': '<p>AI</p>' });
  const facts = { inline: [], styles: [], assets: ['/_next/static/chunks/old.css'] };
  await applyPagePlan(
    first,
    planFile(cacheDir, [{ group: 'tag:ai', key: 'k2', cached: false }]),
    new Map([['tags/ai.html', facts]]),
  );

  const second = exportWith({ '_next/static/chunks/new.css': '' });
  const plan = planFile(cacheDir, [{ group: 'tag:ai', key: 'k2', cached: true }]);
  const attempt = applyPagePlan(second, plan, new Map());
  await expect(attempt).rejects.toThrow(StalePagesError);
  await expect(applyPagePlan(second, plan, new Map())).rejects.toThrow(
    'the cached page tags/ai.html loads /_next/static/chunks/old.css',
  );
  expect(existsSync(path.join(second, 'tags/ai.html'))).toBe(false);
});

test('a base path in front of an asset is allowed for', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'daedam-pages-'));
  const first = exportWith({ 'page/2.html': '<p>2</p>' });
  const facts = { inline: [], styles: [], assets: ['/daedam/assets/enhance-1.js'] };
  await applyPagePlan(
    first,
    planFile(cacheDir, [{ group: 'archive', key: 'k3', cached: false }]),
    new Map([['page/2.html', facts]]),
  );
  const second = exportWith({ 'assets/enhance-1.js': '' });
  const result = await applyPagePlan(
    second,
    planFile(cacheDir, [{ group: 'archive', key: 'k3', cached: true }]),
    new Map(),
  );
  expect(result.restored).toBe(1);
});

test('pages the plan left to the cache but the cache no longer has are refused', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'daedam-pages-'));
  const root = exportWith({ 'index.html': '<p>home</p>' });
  const plan = planFile(cacheDir, [{ group: 'post:gone', key: 'never-saved', cached: true }]);
  await expect(applyPagePlan(root, plan, new Map())).rejects.toThrow(
    'the page cache lost the pages of post:gone during the build',
  );
});
