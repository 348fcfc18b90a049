import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { writeCards } from '@/lib/og/card-files';
import { linkOrCopy } from '@/pipeline/link-or-copy';
import type { Card } from '@/lib/og/cards-for';
import { cachedCardFile } from '@/lib/og/render';

/** PNG width, height and colour type from the IHDR chunk. */
const header = (png: Buffer) => ({
  signature: png.subarray(1, 4).toString(),
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
  colourType: png[25],
});

describe('share cards written beside the build', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daedam-cards-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  // Inputs no earlier run has drawn: this run draws them, the next copies them.
  const run = `${process.pid}-${Date.now()}`;
  const cards: Card[] = [
    {
      kind: 'post',
      path: '/posts/a/og.png',
      format: 'png',
      what: 'the preview card of a.md',
      input: {
        title: `카드 ${run}`,
        interviewee: '김하나',
        questionCount: 2,
        counts: { short: '질문 2개', long: '인터뷰 · 질문 2개' },
        date: '2026년 12월 1일',
        siteName: '대담',
      },
    },
    ...[1, 2, 3].map((n): Card => ({
      kind: 'question',
      path: `/posts/a/q/${n}/og.png`,
      format: 'png',
      what: `the preview card of question ${n} of a.md`,
      input: {
        postTitle: `카드 ${run}`,
        question: `${n}번째 질문은 무엇인가요?`,
        asker: '기자',
        answerer: '김하나',
        n,
        total: 3,
        answerLabel: '답변',
        position: `질문 ${n} / ${3}`,
        siteName: '대담',
      },
    })),
  ];

  // A question long enough for four lines and an ellipsis: the most ink a card carries.
  const longest: Card = {
    kind: 'question',
    path: '/posts/a/q/4/og.png',
    format: 'png',
    what: 'the preview card of question 4 of a.md',
    input: {
      postTitle: `카드 ${run}`,
      question: `네 번째 질문은 길게 이어집니다. ${'모델이 세계를 이해하려면 무엇이 더 필요한가요? '.repeat(8)}`,
      asker: '기자',
      answerer: '김하나',
      n: 4,
      total: 4,
      answerLabel: '답변',
      position: '질문 4 / 4',
      siteName: '대담',
    },
  };

  test('every card lands at its path as a 1200×630 palette PNG, drawn in threads', async () => {
    const dir = tempDir();
    expect(await writeCards([...cards, longest], dir, 2)).toEqual({ cards: 5, drawn: 5 });
    const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.png'));
    expect(files.sort()).toEqual([
      'posts/a/og.png',
      'posts/a/q/1/og.png',
      'posts/a/q/2/og.png',
      'posts/a/q/3/og.png',
      'posts/a/q/4/og.png',
    ]);
    for (const card of cards) {
      const png = readFileSync(path.join(dir, card.path));
      expect(header(png)).toEqual({ signature: 'PNG', width: 1200, height: 630, colourType: 3 });
      expect(png.length).toBeLessThan(30_000);
    }
    // Four full lines of bold Hangul are ~33 KB (32 KB at deflate level 6): still a palette
    // PNG a third of truecolour's size; the budget (30 KB) is the mean, which the bench
    // reports (~20 KB).
    const long = readFileSync(path.join(dir, longest.path));
    expect(header(long)).toEqual({ signature: 'PNG', width: 1200, height: 630, colourType: 3 });
    expect(long.length).toBeLessThan(40_000);
    // Each question's card is its own picture.
    const q1 = readFileSync(path.join(dir, cards[1]!.path));
    expect(q1.equals(readFileSync(path.join(dir, cards[2]!.path)))).toBe(false);
  }, 60_000);

  test('a long list is read as the threads free up, never held whole', async () => {
    const dir = tempDir();
    // Six cards no run has drawn; each pull records how many pulled cards are not yet on disk.
    const fresh = [1, 2, 3, 4, 5, 6].map(
      (n): Card =>
        ({
          ...longest,
          path: `/posts/stream/q/${n}/og.png`,
          input: { ...longest.input, question: `${n}: 읽는 만큼만 ${run}` } as Card['input'],
        }) as Card,
    );
    const pulled: Card[] = [];
    const ahead: number[] = [];
    async function* list() {
      for (const card of fresh) {
        ahead.push(pulled.filter((c) => !existsSync(path.join(dir, c.path))).length);
        pulled.push(card);
        yield card;
      }
    }
    expect(await writeCards(list(), dir, 2)).toEqual({ cards: 6, drawn: 6 });
    // Two threads: at most two cards in hand when the next is read (a list read whole would have
    // had five), and all six drawn.
    expect(Math.max(...ahead)).toBeLessThanOrEqual(2);
    for (const card of fresh) expect(existsSync(path.join(dir, card.path))).toBe(true);
  }, 60_000);

  test('the next build takes the same cards from the cache without drawing', async () => {
    const dir = tempDir();
    expect(await writeCards(cards, dir, 2)).toEqual({ cards: 4, drawn: 0 });
    for (const card of cards) {
      const [placed, cached] = [path.join(dir, card.path), cachedCardFile(card.kind, card.input)];
      expect(readFileSync(placed).equals(readFileSync(cached))).toBe(true);
      // Linked, not copied: the same file on disk.
      expect(statSync(placed).ino).toBe(statSync(cached).ino);
    }
  }, 60_000);

  test('a post with a photo gets JPEG cards that show it, without its metadata, light to share', async () => {
    // The drawing threads resolve a photo against the content folder they are started with.
    process.env.POSTS_DIR = 'tests/fixtures/site-posts';
    const photo = { file: 'images/portrait.jpg', hash: `portrait-${run}`, portrait: true };
    const withPhoto = (card: Card, at: string): Card =>
      ({ ...card, path: at, format: 'jpeg', input: { ...card.input, photo } }) as Card;
    const [post, question] = [
      withPhoto(cards[0]!, '/posts/p/og.jpg'),
      withPhoto(cards[1]!, '/posts/p/q/1/og.jpg'),
    ];
    const dir = tempDir();
    expect(await writeCards([post, question], dir, 2)).toEqual({ cards: 2, drawn: 2 });
    const source = path.join(process.env.POSTS_DIR, photo.file);
    // stats() reads its input, not the pipeline: the pixels are made first.
    const mean = async (image: Sharp) =>
      (await sharp(await image.png().toBuffer()).stats()).channels.slice(0, 3).map((c) => c.mean);
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 10);
    for (const [card, limit] of [
      [post, 120_000],
      [question, 60_000],
    ] as const) {
      const file = path.join(dir, card.path);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
      // The camera, its owner and the GPS position of the portrait stay behind.
      expect([meta.exif, meta.icc, meta.xmp, meta.iptc]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(statSync(file).size).toBeLessThan(limit);
    }
    // The post card's right two-fifths are the photo, cut to fill them.
    const right = { left: 720, top: 0, width: 480, height: 630 };
    const shown = await mean(sharp(path.join(dir, post.path)).extract(right));
    const cut = await mean(
      sharp(source).rotate().resize(480, 630, { fit: 'cover', position: sharp.strategy.attention }),
    );
    expect(near(shown, cut)).toBe(true);
    // The question card shows it small, round, beside who answers (the middle of its circle).
    const inner = { left: 72 + 24, top: 570 - 96 + 24, width: 48, height: 48 };
    const small = await mean(sharp(path.join(dir, question.path)).extract(inner));
    const centre = await mean(
      sharp(source)
        .rotate()
        .resize(96, 96, { fit: 'cover', position: sharp.strategy.attention })
        .extract({ left: 24, top: 24, width: 48, height: 48 }),
    );
    expect(near(small, centre)).toBe(true);
    // A photo gone since the posts were read stops the build naming the card.
    const gone = withPhoto(cards[0]!, '/posts/gone/og.jpg');
    gone.input.photo = { ...photo, file: 'images/gone.jpg', hash: `gone-${run}` };
    await expect(writeCards([gone], tempDir(), 1)).rejects.toThrow(
      /^could not draw the preview card of a\.md: .*(missing|exist)/,
    );
  }, 60_000);

  test('a card is linked where it can be, copied where it cannot, and replaces an old file', () => {
    const here = tempDir();
    const from = path.join(here, 'card.png');
    writeFileSync(from, 'PNG bytes');
    linkOrCopy(from, path.join(here, 'linked.png'));
    expect(statSync(path.join(here, 'linked.png')).ino).toBe(statSync(from).ino);
    // Another filesystem (tmpfs): no link can cross to it, so the card is copied.
    const shm = mkdtempSync('/dev/shm/daedam-cards-');
    dirs.push(shm);
    const elsewhere = path.join(shm, 'copied.png');
    linkOrCopy(from, elsewhere);
    expect(readFileSync(elsewhere, 'utf8')).toBe('PNG bytes');
    expect(statSync(elsewhere).dev).not.toBe(statSync(from).dev);
    // A file left at the place is replaced by the card.
    const stale = path.join(here, 'stale.png');
    writeFileSync(stale, 'old card');
    linkOrCopy(from, stale);
    expect(readFileSync(stale, 'utf8')).toBe('PNG bytes');
    // Any other failure is the build's to report.
    expect(() => linkOrCopy(path.join(here, 'missing.png'), path.join(here, 'x.png'))).toThrow(
      /ENOENT/,
    );
  });

  test('a card that cannot be written stops the build naming the post and the file', async () => {
    // The export folder is a file: no card can be written under it.
    const notAFolder = path.join(tempDir(), 'out');
    writeFileSync(notAFolder, '');
    // A card from the cache (copied here) and a new one (drawn and written by a thread).
    const fresh: Card = {
      ...cards[0]!,
      input: { ...cards[0]!.input, title: `새 카드 ${run}` },
    } as Card;
    for (const card of [cards[0]!, fresh]) {
      await expect(writeCards([card], notAFolder, 1)).rejects.toThrow(
        /^could not write the preview card of a\.md to .*out\/posts\/a\/og\.png: ENOTDIR/,
      );
    }
  }, 60_000);
});
