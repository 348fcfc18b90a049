import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { questionNumbers } from '@/lib/interview/anchors';
import { parsePost } from '@/lib/posts/parse';
import { compileMarkdown } from '@/lib/markdown/render';
import { renamedWithoutAlias } from '@/lib/redirects/renamed';
import type { Post } from '@/lib/posts';

describe('questions added after publishing keep the old links', () => {
  test.each([
    [3, [], [1, 2, 3]],
    [5, [3], [1, 2, 5, 3, 4]],
    [4, [1, 4], [3, 1, 2, 4]],
    [2, [9], [1, 2]],
  ])('%i questions, added %j → %j', (count, added, expected) => {
    expect(questionNumbers(count, added)).toEqual(expected);
  });

  const post = (added: string) =>
    parsePost(
      'talk.md',
      `---\ntitle: 대담\ndate: 2024-01-01\n${added}---\n**기자: 첫째?**\n\n답 하나.\n\n**기자: 새로 넣은 질문?**\n\n답 둘.\n\n**기자: 셋째?**\n\n답 셋.\n`,
    );

  test('the summary and the page give an inserted question the next free number', async () => {
    const { post: parsed } = post('addedQuestions: [2]\n');
    expect(parsed!.questions.map((q) => [q.n, q.text])).toEqual([
      [1, '첫째?'],
      [3, '새로 넣은 질문?'],
      [2, '셋째?'],
    ]);
    const { renderToStaticMarkup } = await import('react-dom/server');
    const render = await compileMarkdown({
      body: parsed!.body,
      format: 'md',
      interview: { added: parsed!.addedQuestions },
    });
    const html = renderToStaticMarkup(render({}));
    // Without the site's components, each block is its element with its number.
    const numbers = [...html.matchAll(/<interview-qa n="(\d+)"/g)].map((m) => m[1]);
    expect(numbers).toEqual(['1', '3', '2']);
  });

  test('without addedQuestions the numbers follow the text', () => {
    expect(post('').post!.questions.map((q) => q.n)).toEqual([1, 2, 3]);
  });
});

describe('a renamed post without an alias is warned about', () => {
  const previous = mkdtempSync(path.join(tmpdir(), 'daedam-previous-'));
  mkdirSync(path.join(previous, 'posts'));
  writeFileSync(
    path.join(previous, 'sitemap.xml'),
    `<urlset><url><loc>https://x.example/blog/posts/old-name</loc></url><url><loc>https://x.example/blog/posts/kept</loc></url><url><loc>https://x.example/blog/posts/withdrawn</loc></url><url><loc>https://x.example/blog/tags/ai</loc></url></urlset>`,
  );
  writeFileSync(
    path.join(previous, 'posts', 'old-name.md'),
    '---\ntitle: "골목 노트"\ndate: 2021-07-01\n---\n',
  );
  const now = (slug: string, title: string, aliases: string[] = []) =>
    ({ slug, title, file: `${slug}.md`, aliases }) as unknown as Post;

  test('names the old URL and the post it most likely became', () => {
    const warnings = renamedWithoutAlias(
      previous,
      [now('alley-notes', '골목 노트'), now('kept', '그대로')],
      '/blog',
    );
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('/posts/old-name was published by the last build and is gone');
    expect(warnings[0]).toContain(
      'if alley-notes.md is that post renamed, add to its frontmatter: aliases: [/posts/old-name]',
    );
    expect(warnings[1]).toContain('/posts/withdrawn was published by the last build');
  });

  test('an alias keeps the old URL: no warning', () => {
    const warnings = renamedWithoutAlias(
      previous,
      [
        now('alley-notes', '골목 노트', ['/posts/old-name']),
        now('kept', '그대로', ['/posts/withdrawn']),
      ],
      '/blog',
    );
    expect(warnings).toEqual([]);
  });

  test('no last build at hand: nothing to compare', () => {
    expect(renamedWithoutAlias(path.join(previous, 'nope'), [], '')).toEqual([]);
  });
});
