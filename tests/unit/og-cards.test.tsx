import { existsSync } from 'node:fs';
import path from 'node:path';
import { cachedCard, cardCacheKey } from '@/lib/og/render';
import { fitFontSize, PostCard } from '@/lib/og/cards';

describe('preview cards', () => {
  test('are drawn once per set of inputs and read back from the cache afterwards', async () => {
    const input = {
      title: `캐시 시험 ${process.pid} ${Date.now()}`,
      questionCount: 1,
      date: '2024년 1월 1일',
      siteName: '대담',
    };
    let drawn = 0;
    const element = () => {
      drawn += 1;
      return <PostCard {...input} />;
    };
    const first = await cachedCard('test', input, element, 'a test card');
    const second = await cachedCard('test', input, element, 'a test card');
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
    // satori refuses an element it cannot lay out (a <div> with two children and no flex).
    const broken = () => (
      <div>
        <span>하나</span>
        <span>둘</span>
      </div>
    );
    await expect(
      cachedCard('test', { broken: Date.now() }, broken, 'the preview card of posts/broken.md'),
    ).rejects.toThrow(/^could not draw the preview card of posts\/broken\.md: /);
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
});
