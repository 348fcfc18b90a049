import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPosts } from '@/lib/posts/load';
import { parsePost, PUBLIC_DIR } from '@/lib/posts/parse';

const CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'daedam-posts');
const cacheFiles = () => (existsSync(CACHE_DIR) ? readdirSync(CACHE_DIR) : []);

describe('parsed posts cached between build processes', () => {
  const run = `${process.pid}-${Date.now()}`;
  const dirs: string[] = [];
  const image = `/cache-test-${run}.png`;
  afterAll(() => {
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    rmSync(path.join(PUBLIC_DIR, image), { force: true });
  });
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daedam-parse-cache-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
  const post = (title: string, extra = '') =>
    `---\ntitle: "${title}"\ndate: 2026-12-01\n${extra}---\n\n**기자: 캐시는 무엇을 기억하나요?**\n\n${run} 같은 글이면 같은 결과를요.\n`;

  test('a post read again gives what parsing it gives, from the cache', async () => {
    const text = post(`캐시 ${run}`);
    const dir = folder({ 'cached-post.md': text });
    const before = new Set(cacheFiles());
    const [first] = await loadPosts(dir, { includeDrafts: false });
    // Builds and other test files share this cache and may add to it meanwhile: count only
    // the entries that hold this post.
    const added = cacheFiles().filter(
      (f) =>
        !before.has(f) && readFileSync(path.join(CACHE_DIR, f), 'utf8').includes(`캐시 ${run}`),
    );
    expect(added).toHaveLength(1);
    const [again] = await loadPosts(dir, { includeDrafts: false });
    expect(again).toEqual(first);
    expect(again).toEqual(parsePost('cached-post.md', text).post);
    // It is the cached copy that comes back: what the cache holds is what the loader returns.
    const file = path.join(CACHE_DIR, added[0]!);
    writeFileSync(
      file,
      JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), title: '캐시에서' }),
    );
    expect((await loadPosts(dir, { includeDrafts: false }))[0]!.title).toBe('캐시에서');
  });

  test('an edited post is parsed again', async () => {
    const dir = folder({ 'edited-post.md': post(`처음 ${run}`) });
    await loadPosts(dir, { includeDrafts: false });
    writeFileSync(path.join(dir, 'edited-post.md'), post(`고친 뒤 ${run}`));
    expect((await loadPosts(dir, { includeDrafts: false }))[0]!.title).toBe(`고친 뒤 ${run}`);
  });

  test('an invalid post is never cached: the second build refuses it too', async () => {
    const dir = folder({ 'broken-post.md': `---\ntitle: 제목 ${run}\n---\n\n본문\n` });
    for (let i = 0; i < 2; i++) {
      await expect(loadPosts(dir, { includeDrafts: false })).rejects.toThrow(
        /broken-post\.md.*date/s,
      );
    }
  });

  test('a cached post whose image was deleted since is refused', async () => {
    writeFileSync(path.join(PUBLIC_DIR, image), 'png');
    const dir = folder({ 'with-image.md': post(`그림 ${run}`, `image: ${image}\n`) });
    expect((await loadPosts(dir, { includeDrafts: false }))[0]!.image).toBe(image);
    rmSync(path.join(PUBLIC_DIR, image));
    await expect(loadPosts(dir, { includeDrafts: false })).rejects.toThrow(
      /with-image\.md.*image/s,
    );
  });
});
