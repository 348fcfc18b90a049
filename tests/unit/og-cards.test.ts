import { existsSync } from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { setFont, wrapLines } from '@/lib/og/card-text';
import { CARD_SIZE, drawPostCard, drawQuestionCard, fitFontSize } from '@/lib/og/cards';
import type { QuestionCardInput } from '@/lib/og/cards';
import { registerOgFonts } from '@/lib/og/fonts';
import { palettePng } from '@/lib/og/palette-png';
import { cachedCard, cardCacheKey, drawCard, drawNamed } from '@/lib/og/render';

/** A card-sized canvas in the cards' fonts. */
function canvas() {
  registerOgFonts();
  const card = createCanvas(CARD_SIZE.width, CARD_SIZE.height);
  return card.getContext('2d', { alpha: false });
}

/** Rows (y) of the card where some pixel is within `tolerance` of the colour. */
function rowsWith(ctx: SKRSContext2D, [r, g, b]: number[], tolerance = 40): Set<number> {
  const { data, width, height } = ctx.getImageData(0, 0, CARD_SIZE.width, CARD_SIZE.height);
  const rows = new Set<number>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const distance =
        Math.abs(data[at]! - r!) + Math.abs(data[at + 1]! - g!) + Math.abs(data[at + 2]! - b!);
      if (distance <= tolerance) {
        rows.add(y);
        break;
      }
    }
  }
  return rows;
}

const INK = [0x14, 0x21, 0x3d];
const question = (text: string): QuestionCardInput => ({
  postTitle: '카드 시험',
  question: text,
  asker: '기자',
  answerer: '김하나',
  n: 1,
  total: 3,
  answerLabel: '답변',
  position: '질문 1 / 3',
  siteName: '대담',
});

describe('preview cards', () => {
  test('are drawn once per set of inputs and read back from the cache afterwards', async () => {
    const input = {
      title: `캐시 시험 ${process.pid} ${Date.now()}`,
      questionCount: 1,
      counts: { short: '질문 1개', long: '인터뷰 · 질문 1개' },
      date: '2024년 1월 1일',
      siteName: '대담',
    };
    let drawn = 0;
    const paint = (ctx: SKRSContext2D) => {
      drawn += 1;
      drawPostCard(ctx, input);
    };
    const draw = async () => drawCard(paint);
    const first = await cachedCard({ kind: 'test', input }, draw);
    const second = await cachedCard({ kind: 'test', input }, draw);
    expect(drawn).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect(first.subarray(1, 4).toString()).toBe('PNG');
    const file = path.join(
      process.cwd(),
      '.next/cache/daedam-og',
      `${cardCacheKey('test', input)}.png`,
    );
    expect(existsSync(file)).toBe(true);
  }, 30_000);

  test('a card that cannot be drawn stops the build naming the post', async () => {
    // The canvas refuses a rounded rectangle with a negative radius.
    const broken = (ctx: SKRSContext2D) => ctx.roundRect(0, 0, 10, 10, -1);
    await expect(
      cachedCard({ kind: 'test', input: { broken: Date.now() } }, () =>
        drawNamed(() => drawCard(broken), 'the preview card of posts/broken.md'),
      ),
    ).rejects.toThrow(/^could not draw the preview card of posts\/broken\.md: .*negative/);
  }, 30_000);

  test('each card starts on a blank card, whatever the card before it left', () => {
    const post = (ctx: SKRSContext2D) =>
      drawPostCard(ctx, {
        title: '앞 카드',
        questionCount: 2,
        counts: { short: '질문 2개', long: '인터뷰 · 질문 2개' },
        date: '2024년 1월 1일',
        siteName: '대담',
      });
    // A painter that covers only a corner and leaves its transform and colour behind.
    const corner = (ctx: SKRSContext2D) => {
      ctx.translate(300, 200);
      ctx.fillStyle = '#ff0000';
      ctx.fillRect(0, 0, 40, 40);
    };
    const alone = (paint: (ctx: SKRSContext2D) => void) => {
      const ctx = canvas();
      paint(ctx);
      const { data } = ctx.getImageData(0, 0, CARD_SIZE.width, CARD_SIZE.height);
      return palettePng({ ...CARD_SIZE, pixels: new Uint8Array(data.buffer), channels: 4 });
    };
    // Drawn one after another on the thread's canvas, each card is what it is drawn alone.
    for (const paint of [post, corner, corner, post]) {
      expect(drawCard(paint).equals(alone(paint))).toBe(true);
    }
  }, 30_000);

  test('a changed input is a new card', () => {
    expect(cardCacheKey('post', { title: 'a' })).not.toBe(cardCacheKey('post', { title: 'b' }));
  });

  test('long titles get smaller type', () => {
    const steps = [
      [10, 80],
      [40, 60],
      [Infinity, 40],
    ] as const;
    expect(fitFontSize('짧은 제목', steps)).toBe(80);
    expect(fitFontSize('가'.repeat(30), steps)).toBe(60);
    expect(fitFontSize('가'.repeat(300), steps)).toBe(40);
  });

  test('the question is drawn in the cards’ font, between the header and the footer', () => {
    const ctx = canvas();
    drawQuestionCard(ctx, question('어떤 모델에 적합하고 어떤 모델에 적합하지 않은가요?'));
    const ink = [...rowsWith(ctx, INK)];
    // Header (wordmark text) and the question's lines, all inside the card's padding.
    expect(ink.length).toBeGreaterThan(100);
    expect(Math.min(...ink)).toBeGreaterThanOrEqual(70);
    expect(Math.max(...ink)).toBeLessThan(CARD_SIZE.height - 60);
    // Pretendard, not a fallback face: its Hangul is wider than the fallback's at this size.
    setFont(ctx, { size: 100, weight: 800, color: '#000' });
    const pretendard = ctx.measureText('가나다라').width;
    ctx.font = '800 100px sans-serif';
    expect(pretendard).not.toBeCloseTo(ctx.measureText('가나다라').width, 0);
  });

  test('a question of any length stays inside the card, cut after four lines', () => {
    const short = canvas();
    drawQuestionCard(short, question('짧은 질문인가요?'));
    const long = canvas();
    drawQuestionCard(long, question('아주 긴 질문을 계속해서 이어 갑니다. '.repeat(40)));
    const shortRows = rowsWith(short, INK);
    const longRows = rowsWith(long, INK);
    expect(longRows.size).toBeGreaterThan(shortRows.size);
    // The footer band (who answered, "질문 1 / 3") stays clear of the question's ink.
    const footerTop = CARD_SIZE.height - 60 - 50;
    expect([...longRows].filter((y) => y >= footerTop - 10)).toEqual([]);
  });
});

describe('card text', () => {
  const ctx = canvas();
  setFont(ctx, { size: 40, weight: 800, color: '#000' });
  const width = 600;

  test('Korean wraps between words (keep-all), each line within the width', () => {
    const text = '대형 언어 모델이 세상을 이해하지 못한다고 말씀하셨는데 그 근거는 무엇인가요?';
    const lines = wrapLines(ctx, text, width, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(width);
  });

  test('a no-break space keeps its words on one line; spaces and line ends collapse', () => {
    const tight = '가나다라마바사아자차카타파하 '.repeat(3);
    const lines = wrapLines(ctx, `${tight}얀\u00a0르쿤`, 420, 10);
    expect(lines.at(-1)).toContain('얀\u00a0르쿤');
    expect(wrapLines(ctx, '  짧은 \n\t 질문  ', width, 3)).toEqual(['짧은 질문']);
  });

  test('a word wider than the line is split, not left running off the card', () => {
    const word = '가'.repeat(40);
    const lines = wrapLines(ctx, `앞 ${word} 뒤`, width, 10);
    expect(lines.join('').replace(/ /g, '')).toBe(`앞${word}뒤`);
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(width);
  });

  test('text past the last line ends that line with an ellipsis', () => {
    const lines = wrapLines(ctx, '질문을 길게 이어 갑니다 '.repeat(30), width, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    expect(ctx.measureText(lines[2]!).width).toBeLessThanOrEqual(width);
    expect(wrapLines(ctx, '짧은 질문', width, 3)).toEqual(['짧은 질문']);
  });
});
