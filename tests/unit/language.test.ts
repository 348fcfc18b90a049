import { ContentError } from '@/lib/posts/errors';
import { detectLanguage, ogLocale, readingMinutes } from '@/lib/posts/language';
import { loadPosts } from '@/lib/posts/load';
import { fold, prepare, search } from '@/lib/search/engine';
import { buildSearchIndex } from '@/lib/search/index-data';
import { firstPostBody, folderWith } from '../helpers/content';

describe('the language of a post', () => {
  test.each([
    ['ko', firstPostBody()],
    [
      'ko',
      'ChatGPT와 LLM, GPT-4에 대해 Yann LeCun 교수에게 물었습니다. Meta의 FAIR 팀은 어떻게 일하나요?',
    ],
    ['en', 'Interviewer: How do large language models work? LeCun: They predict the next word.'],
    [
      'en',
      'The word 한국어 appears once in this long English sentence about language models and search.',
    ],
    ['ja', '記者：大規模言語モデルはどのように動きますか？ルカン：次の単語を予測します。'],
    ['zh', '大型语言模型如何工作？它们预测下一个词。'],
    ['ko', ''],
  ])('%s: %s', (expected, text) => {
    expect(detectLanguage(text.slice(0, 5000))).toBe(expected);
  });

  test('frontmatter lang wins, in its canonical spelling; detected otherwise', async () => {
    const dir = folderWith({
      'a.md':
        '---\ntitle: An English interview\ndate: 2024-01-01\n---\n**Q: Why?**\n\nA: Because.\n',
      'b.md':
        '---\ntitle: Mixed\ndate: 2024-01-02\nlang: EN-gb\n---\n한국어 본문이지만 작성자가 영어라고 했습니다.\n',
      'c.md': '---\ntitle: 한국어\ndate: 2024-01-03\n---\n그냥 한국어 글입니다.\n',
    });
    const posts = await loadPosts(dir, { includeDrafts: false });
    expect(Object.fromEntries(posts.map((post) => [post.slug, post.lang]))).toEqual({
      a: 'en',
      b: 'en-GB',
      c: 'ko',
    });
  });

  test.each(['english', 'en_US', '"12"', 'x'])(
    'lang "%s" is refused, naming the file and field',
    async (tag) => {
      const dir = folderWith({
        'post.md': `---\ntitle: 제목\ndate: 2024-01-01\nlang: ${tag}\n---\n본문.\n`,
      });
      const error = await loadPosts(dir, { includeDrafts: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).issues).toEqual([
        expect.objectContaining({
          file: 'post.md',
          field: 'lang',
          message: expect.stringContaining('BCP 47'),
        }),
      ]);
    },
  );

  test('og:locale from a language tag', () => {
    expect(['ko', 'en', 'en-GB', 'ja', 'zh-Hant-TW', 'eo'].map(ogLocale)).toEqual([
      'ko_KR',
      'en_US',
      'en_GB',
      'ja_JP',
      'zh_TW',
      'eo',
    ]);
  });
});

describe('reading time', () => {
  test('Latin scripts by the word, Hangul, Han and kana by the character', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'interview').join(' ');
    expect(readingMinutes(words(230 * 4))).toBe(4);
    // 4 minutes of English words written with no spaces between would be 1 "character" each…
    expect(readingMinutes('가'.repeat(500 * 3))).toBe(3);
    expect(readingMinutes('語'.repeat(500 * 2))).toBe(2);
    // …and a mixed text counts each part its own way.
    expect(readingMinutes(`${'가'.repeat(500 * 2)} ${words(230 * 2)}`)).toBe(4);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('search folds Latin case and accents', () => {
  test('fold keeps one character per character, so marks stay in place', () => {
    for (const text of ['Café Müller', 'ÉCOLE', '한국어 Ａｂｃ', 'naïve']) {
      expect(fold(text)).toHaveLength(text.length);
    }
    expect(fold('Café Müller ÉCOLE naïve')).toBe('cafe muller ecole naive');
    expect(fold('한국어')).toBe('한국어');
  });

  test('an accent-free, lower-case query finds the accented text', async () => {
    const dir = folderWith({
      'cafe.md':
        '---\ntitle: Le Café\ndate: 2024-01-01\n---\n**Journaliste: Où êtes-vous né?**\n\nRené Müller: À Zürich, près du café.\n',
    });
    const index = prepare(
      buildSearchIndex(await loadPosts(dir, { includeDrafts: false }), (p) => p.text),
    );
    expect(search(index, 'zurich').map((r) => r.slug)).toEqual(['cafe']);
    expect(search(index, 'MULLER').map((r) => r.slug)).toEqual(['cafe']);
    expect(search(index, 'ou etes')).toHaveLength(1);
  });
});
