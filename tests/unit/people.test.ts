import { buildPeople, firstSentence } from '@/lib/people/directory';
import { ContentError } from '@/lib/posts/errors';
import { loadPosts } from '@/lib/posts/load';
import { folderWith } from '../helpers/content';

const interview = (date: string, asker: string, answerer: string, extra = '') =>
  `---\ntitle: 대담 ${date}\ndate: ${date}\n${extra}---\n**${asker}: 첫 질문입니까?**\n\n${answerer}: 첫 문장입니다. 둘째 문장입니다.\n\n**${asker}: 둘째 질문입니까?**\n\n${answerer}: 또 답합니다.\n`;

async function refused(files: Record<string, string>): Promise<ContentError> {
  const error = await loadPosts(folderWith(files), { includeDrafts: true }).catch(
    (e: unknown) => e,
  );
  if (!(error instanceof ContentError)) throw new Error('expected the content to be refused');
  return error;
}

describe('people from speakers', () => {
  test('aliases in people.yaml merge spellings; case and spacing never split a person', async () => {
    const dir = folderWith({
      'a.md': interview('2024-01-01', '기자', 'LeCun'),
      'b.md': interview('2024-02-01', 'Barron’s', 'Yann  LeCun'),
      'c.md': interview('2024-03-01', 'Q', 'lecun'),
      'people.yaml': 'Yann LeCun:\n  aliases: [LeCun]\n',
    });
    const posts = await loadPosts(dir, { includeDrafts: false });
    const { people, find } = buildPeople(posts, [
      { name: 'Yann LeCun', aliases: ['LeCun'], links: [] },
    ]);
    expect(people.map((p) => [p.slug, p.name])).toEqual([
      ['barron-s', 'Barron’s'],
      ['yann-lecun', 'Yann LeCun'],
    ]);
    const lecun = find('LECUN')!;
    expect(lecun.gave.map((p) => p.slug)).toEqual(['c', 'b', 'a']);
    expect(lecun.answers.map((a) => `${a.post.slug}#${a.n}`)).toEqual([
      'c#1',
      'c#2',
      'b#1',
      'b#2',
      'a#1',
      'a#2',
    ]);
    expect(lecun.answers[0]!.excerpt).toBe('첫 문장입니다.');
    expect(find('Barron’s')!.conducted.map((p) => p.slug)).toEqual(['b']);
    // Roles are not people.
    expect(find('기자')).toBeUndefined();
    expect(find('Q')).toBeUndefined();
  });

  test('people.yaml may name a role, which then gets a page', async () => {
    const posts = await loadPosts(folderWith({ 'a.md': interview('2024-01-01', '기자', '김답') }), {
      includeDrafts: false,
    });
    const { find } = buildPeople(posts, [{ name: '김기자', aliases: ['기자'], links: [] }]);
    expect(find('기자')?.name).toBe('김기자');
  });

  test('frontmatter interviewer and interviewee are people too', async () => {
    const posts = await loadPosts(
      folderWith({
        'a.md':
          '---\ntitle: 글\ndate: 2024-01-01\ninterviewer: 이진행\ninterviewee: 박답변\n---\n본문만 있는 글.\n',
      }),
      { includeDrafts: false },
    );
    const { people } = buildPeople(posts, []);
    expect(people.map((p) => [p.name, p.gave.length, p.conducted.length])).toEqual([
      ['박답변', 1, 0],
      ['이진행', 0, 1],
    ]);
  });

  test('first sentences follow the language’s sentence breaks', () => {
    expect(firstSentence('Not really. They are trained on text.', 'en')).toBe('Not really.');
    expect(firstSentence('次の単語を予測します。それだけです。', 'ja')).toBe(
      '次の単語を予測します。',
    );
    expect(firstSentence('아닙니다! 절대로요.\n\n다음 문단', 'ko')).toBe('아닙니다!');
  });
});

describe('people.yaml and tag mistakes stop the build, naming the file and field', () => {
  const post = { 'a.md': interview('2024-01-01', '기자', 'LeCun') };

  test.each([
    ['Yann LeCun:\n  alias: [LeCun]\n', 'Yann LeCun', 'has unknown fields alias'],
    ['Yann LeCun:\n  links: [not-a-url]\n', 'Yann LeCun.links.0', 'absolute http(s) URL'],
    ['Yann LeCun:\n  aliases: LeCun\n', 'Yann LeCun.aliases', 'list of names'],
    ['Yann LeCun:\n  slug: Yann LeCun\n', 'Yann LeCun.slug', 'lowercase ASCII'],
    [
      'Yann LeCun:\n  aliases: [LeCun]\nY. LeCun:\n  aliases: [lecun]\n',
      'Y. LeCun.aliases',
      'already names Yann LeCun',
    ],
  ])('%j', async (yaml, field, message) => {
    const error = await refused({ ...post, 'people.yaml': yaml });
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: 'people.yaml',
        field,
        message: expect.stringContaining(message),
      }),
    ]);
    expect(error.message).toContain('people.yaml');
  });

  test('invalid YAML names its line', async () => {
    const error = await refused({ ...post, 'people.yaml': 'Yann LeCun:\n  aliases: [LeCun\n' });
    expect(error.issues[0]).toMatchObject({
      file: 'people.yaml',
      message: expect.stringContaining('not valid YAML'),
    });
    expect(error.issues[0]!.line).toBeGreaterThan(1);
  });

  test('two people whose names share a URL are refused with the way out', async () => {
    const error = await refused({
      'a.md': interview('2024-01-01', '기자', 'Kim Ji-su'),
      'b.md': interview('2024-01-02', '기자', 'Kim Ji su'),
    });
    expect(error.issues).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('would share the URL /people/kim-ji-su'),
      }),
    ]);
  });

  test('tags spelled two ways that share a URL are refused', async () => {
    const error = await refused({
      'a.md': interview('2024-01-01', '기자', '답', 'tags: [AI]\n'),
      'b.md': interview('2024-01-02', '기자', '답', 'tags: [ai]\n'),
    });
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: 'b.md',
        field: 'tags',
        message: expect.stringContaining('/tags/ai'),
      }),
    ]);
  });
});
