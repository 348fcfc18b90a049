import path from 'node:path';
import { ContentError } from '@/lib/posts/errors';
import { categoriesOf, loadPosts } from '@/lib/posts/load';
import { toSlug } from '@/lib/posts/slug';
import { firstPostSource, folderWith } from '../helpers/content';

const SITE_POSTS = path.join(process.cwd(), 'tests/fixtures/site-posts');

async function issuesOf(files: Record<string, string | Buffer>) {
  try {
    await loadPosts(folderWith(files), { includeDrafts: false });
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected the content to be refused');
}

const ok = (extra = '') => `---\ntitle: 제목\ndate: 2024-01-01\n${extra}---\n본문.\n`;

describe('loading posts', () => {
  test('drops drafts, sorts newest first and derives what the pages need', async () => {
    const posts = await loadPosts(SITE_POSTS, { includeDrafts: false });
    expect(posts.map((p) => p.slug)).toEqual([
      'panel-on-korean-nlp',
      'hand-written',
      'plain-essay',
      'photo-essay',
    ]);
    const [panel, mdx, essay, photos] = posts as Array<(typeof posts)[0]> as [
      (typeof posts)[0],
      (typeof posts)[0],
      (typeof posts)[0],
      (typeof posts)[0],
    ];
    expect(panel).toMatchObject({
      date: '2024-03-02',
      category: { name: '인공 지능', slug: 'ingong-jineung' },
      tags: ['NLP', '한국어'],
      interviewer: '편집부',
      interviewee: '김연구',
      description: '형태소 분석에서 대규모 언어 모델까지, 세 연구자가 지난 10년을 돌아봤다.',
    });
    expect(panel.questions.map((q) => q.answerSpeaker)).toEqual(['김연구', '김연구']);
    expect(mdx).toMatchObject({
      format: 'mdx',
      source: 'https://example.org/original-interview',
      interviewee: '홍길동',
    });
    expect(mdx.description).toBe(
      'MDX로도 같은 모양이 되나요? 네, 같은 HTML이 됩니다. 둘째 문단도 같은 답 안에 있습니다.',
    );
    expect(essay).toMatchObject({
      date: '2023-11-20',
      questions: [],
      description: '질문이 없는 보통 글도 그대로 보입니다.',
    });
    expect(essay.source).toBeUndefined();
    // Pictures beside the post: its cover and its text's, examined (lib/pictures/).
    expect(photos.image).toBeUndefined();
    expect(photos.cover).toMatchObject({
      file: 'images/cover.jpg',
      alt: '초록에서 노랑으로 번지는 작업실 벽',
      info: { width: 1800, height: 1200, alpha: false },
    });
    expect(photos.pictures.map((p) => [p.file, p.line, p.info?.width])).toEqual([
      ['images/studio.jpg', 17, 1600],
      ['images/diagram.png', 21, 800],
      ['images/diagram.png', 23, 800],
    ]);
  });

  test('keeps drafts when asked (next dev)', async () => {
    const posts = await loadPosts(SITE_POSTS, { includeDrafts: true });
    expect(posts[0]).toMatchObject({ slug: 'unpublished-draft', draft: true });
  });

  test('lists each category once with an ASCII slug', async () => {
    const categories = categoriesOf(await loadPosts(SITE_POSTS, { includeDrafts: false }));
    expect(categories).toEqual([
      { name: '문화', slug: 'munhwa' },
      { name: '인공 지능', slug: 'ingong-jineung' },
      { name: 'NLP', slug: 'nlp' },
    ]);
  });

  test.each([
    ['NLP', 'nlp'],
    ['딥러닝 & 로봇', 'dipreoning-robot'],
    ['Café Société', 'cafe-societe'],
  ])('category slug of %s is %s', (name, slug) => {
    expect(toSlug(name)).toBe(slug);
  });

  test('a name with nothing to transliterate still gets a stable ASCII slug', () => {
    expect(toSlug('العربية')).toMatch(/^c-[0-9a-f]{8}$/);
    expect(toSlug('العربية')).toBe(toSlug('العربية'));
  });
});

describe('content errors name the file and the field', () => {
  test('every problem of every file is reported in one error', async () => {
    const error = await issuesOf({
      'a-missing-title.md': '---\ndate: 2024-01-01\n---\n본문\n',
      'b-bad-date.md': ok().replace('2024-01-01', '2023-13-45'),
      'c-typo.md': ok('titel: 오타\n'),
      'd-draft-string.md': ok('draft: "yes"\n'),
      'e-number-title.md': '---\ntitle: 42\ndate: 2024-01-01\n---\n본문\n',
    });
    expect(error.issues.map((i) => [i.file, i.field])).toEqual([
      ['a-missing-title.md', 'title'],
      ['b-bad-date.md', 'date'],
      ['c-typo.md', 'titel'],
      ['d-draft-string.md', 'draft'],
      ['e-number-title.md', 'title'],
    ]);
    expect(error.issues[0]!.message).toBe('is required');
    expect(error.issues[2]!.hint).toBe('did you mean "title"?');
    expect(error.message).toContain('a-missing-title.md field "title": is required');
    expect(error.message).toContain('5 problems');
  });

  test('YAML syntax errors give the line', async () => {
    const error = await issuesOf({ 'broken.md': '---\ntitle: 제목\ndate: [2024\n---\n본문\n' });
    expect(error.issues[0]).toMatchObject({ file: 'broken.md' });
    expect(error.issues[0]!.line).toBeGreaterThanOrEqual(3);
  });

  test('---js frontmatter is refused and never evaluated', async () => {
    const marker = `daedam_js_ran_${Date.now()}`;
    const error = await issuesOf({
      'evil.md': `---js\n{ title: (globalThis.${marker} = 'ran') }\n---\n본문\n`,
    });
    expect(error.issues[0]).toMatchObject({ file: 'evil.md', line: 1 });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  test('duplicate slugs, bad file names, empty files and non-UTF-8 files', async () => {
    const error = await issuesOf({
      'same.md': ok(),
      'same.mdx': ok(),
      '한글 이름.md': ok(),
      'empty.md': '',
      'latin1.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]),
    });
    const files = error.issues.map((i) => i.file);
    expect(files).toEqual(
      expect.arrayContaining(['same.mdx', '한글 이름.md', 'empty.md', 'latin1.md']),
    );
    expect(error.issues.find((i) => i.file === 'same.mdx')!.message).toContain('same.md');
  });

  test('an empty content folder is an empty archive; a missing one is an error', async () => {
    await expect(loadPosts(folderWith({}), { includeDrafts: false })).resolves.toEqual([]);
    await expect(loadPosts('/nonexistent/daedam', { includeDrafts: false })).rejects.toThrow(
      'does not exist',
    );
  });
});

describe('files as editors save them', () => {
  test('CRLF line endings and a byte-order mark change nothing', async () => {
    const source = firstPostSource();
    const [bom, crlf, plain] = await loadPosts(
      folderWith({
        'a.md': `\uFEFF${source}`,
        'b.md': source.replace(/\n/g, '\r\n'),
        'c.md': source,
      }),
      { includeDrafts: false },
    ).then((posts) => ['a', 'b', 'c'].map((slug) => posts.find((p) => p.slug === slug)!));
    for (const post of [bom!, crlf!]) {
      expect(post.questions).toEqual(plain!.questions);
      expect(post).toMatchObject({
        title: plain!.title,
        date: plain!.date,
        source: plain!.source,
        lead: plain!.lead,
      });
    }
  });

  test('a full ISO timestamp is accepted as the date it names', async () => {
    const [post] = await loadPosts(
      folderWith({ 'a.md': ok().replace('2024-01-01', '2024-01-01T10:00:00+09:00') }),
      {
        includeDrafts: false,
      },
    );
    expect(post!.date).toBe('2024-01-01');
  });

  test('a post with frontmatter only is valid and described by its title', async () => {
    const [post] = await loadPosts(
      folderWith({ 'a.md': '---\ntitle: 본문 없는 글\ndate: 2024-01-01\n---\n' }),
      {
        includeDrafts: false,
      },
    );
    expect(post!.description).toBe('본문 없는 글');
  });
});
