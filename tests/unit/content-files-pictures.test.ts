import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/**
 * `npm run dev` answers a picture's files from the same code the build writes them with
 * (pipeline/content-files.ts, lib/pictures/encode.ts): the bytes the build publishes, the
 * right type, and nothing for a name the posts do not publish.
 */
describe('pictures in npm run dev', () => {
  const saved = { POSTS_DIR: process.env.POSTS_DIR };
  afterAll(() => Object.assign(process.env, saved));

  test('every file of every picture, byte for byte what the build writes', async () => {
    Object.assign(process.env, { POSTS_DIR: 'tests/fixtures/site-posts' });
    const { contentFileAt } = await import('@/pipeline/content-files');
    const { picturesOf, writePictures } = await import('@/lib/pictures/encode');
    const { pictureFiles, MIME } = await import('@/lib/pictures/variants');
    const { loadPosts } = await import('@/lib/posts/load');
    const dir = path.join(process.cwd(), 'tests/fixtures/site-posts');
    const posts = await loadPosts(dir, { includeDrafts: true });
    const pictures = picturesOf(posts, dir);
    expect(pictures.length).toBe(3);
    const built = mkdtempSync(path.join(tmpdir(), 'daedam-pictures-'));
    await writePictures(pictures, built);
    for (const picture of pictures) {
      for (const { file, width, format } of pictureFiles(picture.info)) {
        const answer = await contentFileAt(`/${file}`, async () => posts);
        expect({ file, type: answer?.type }).toEqual({ file, type: MIME[format] });
        expect(answer!.body.equals(readFileSync(path.join(built, file)))).toBe(true);
        expect((await sharp(answer!.body).metadata()).width).toBe(width);
      }
    }
    const [first] = pictures;
    const unknown = `/pictures/${'0'.repeat(16)}-360.avif`;
    const notMade = `/pictures/${first!.info.hash}-333.avif`;
    for (const pathname of [unknown, notMade])
      expect([pathname, await contentFileAt(pathname, async () => posts)]).toEqual([
        pathname,
        undefined,
      ]);
  });
});

describe('photo cards in npm run dev', () => {
  const saved = { POSTS_DIR: process.env.POSTS_DIR };
  afterAll(() => Object.assign(process.env, saved));

  test('a post with a cover answers its og.jpg cards, the bytes the build draws', async () => {
    Object.assign(process.env, { POSTS_DIR: 'tests/fixtures/site-posts' });
    const { contentFileAt } = await import('@/pipeline/content-files');
    const { cardsOf } = await import('@/lib/og/cards-for');
    const { drawCardOf } = await import('@/lib/og/card-image');
    const { loadPosts } = await import('@/lib/posts/load');
    const dir = path.join(process.cwd(), 'tests/fixtures/site-posts');
    const posts = await loadPosts(dir, { includeDrafts: true });
    const cards = cardsOf(posts).filter((card) => card.path.startsWith('/posts/photo-essay/'));
    expect(cards.map((card) => card.path)).toContain('/posts/photo-essay/og.jpg');
    for (const card of cards) {
      const answer = await contentFileAt(card.path, async () => posts);
      expect({ path: card.path, type: answer?.type }).toEqual({
        path: card.path,
        type: 'image/jpeg',
      });
      expect(answer!.body.equals(await drawCardOf(card))).toBe(true);
    }
    // The text-only card's name is not the photo post's.
    expect(await contentFileAt('/posts/photo-essay/og.png', async () => posts)).toBeUndefined();
  }, 60_000);
});
