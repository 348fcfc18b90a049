import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatePosts } from '@/bench/generate';
import { buildPeople } from '@/lib/people/directory';
import { postBody } from '@/lib/posts/body';
import { ANSWER_OPENING, forPages, openingOf } from '@/lib/posts/for-pages';
import { loadPosts } from '@/lib/posts/load';
import type { PostWithText } from '@/lib/posts';
import { questionDescription } from '@/lib/seo/metadata';
import { folderWith } from '../helpers/content';

/**
 * The pages hold each answer's opening only (lib/posts/for-pages.ts). Everything a page shows
 * of an answer outside the body — a person's excerpts, a question's share description — must
 * come out the same as from the whole answer.
 */
const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

// Answers built to sit at the opening's edge: one long paragraph, paragraphs shorter than the
// opening, whitespace that collapses, a sentence ending after the opening, a panel of two.
const edgeCases = folderWith({
  'edges.md': [
    '---',
    'title: 가장자리',
    'date: 2026-01-01',
    'interviewee: 박답변',
    '---',
    '',
    `**기자: 긴 한 문단은요?**`,
    '',
    `박답변: ${long('문장이 길게 이어지고', 120)}.`,
    '',
    `**기자: 짧은 문단이 여럿이면요?**`,
    '',
    `박답변: 짧습니다.`,
    '',
    long('다음 문단입니다.', 60),
    '',
    `**기자: 빈칸이 많으면요?**`,
    '',
    `박답변: ${long('띄어      쓰기가    넓은     글', 80)}`,
    '',
    `**기자: 패널은요?**`,
    '',
    `박답변: ${long('첫 번째 답이 길고', 90)}.`,
    '',
    `이둘째: ${long('두 번째 답도 길고', 90)}.`,
    '',
  ].join('\n'),
});

let posts: PostWithText[];

beforeAll(async () => {
  const generated = mkdtempSync(path.join(tmpdir(), 'daedam-for-pages-'));
  generatePosts(generated, 60, { seed: 11 });
  posts = [
    ...(await loadPosts(generated, { includeDrafts: false })),
    ...(await loadPosts(path.join(process.cwd(), 'tests/fixtures/first-post'), {
      includeDrafts: false,
    })),
    ...(await loadPosts(edgeCases, { includeDrafts: false })),
  ];
});

test('the pages’ posts leave out the body, the plain text and all of an answer past its opening', () => {
  const cut = posts
    .flatMap((post) => post.questions.flatMap((q) => q.answers))
    .filter((answer) => openingOf(answer.text) !== answer.text);
  // The fixtures reach past the opening, so the cut below is exercised.
  expect(cut.length).toBeGreaterThan(5);
  for (const post of posts) {
    const page = forPages(post);
    expect(page).not.toHaveProperty('text');
    expect(page).not.toHaveProperty('body');
    expect(page.bodyHash).toBe(post.bodyHash);
    page.questions.forEach((q, i) =>
      q.answers.forEach((answer, j) => {
        const whole = post.questions[i]!.answers[j]!.text;
        expect(whole.startsWith(answer.text)).toBe(true);
        expect(answer.text.replace(/\s/g, '').length).toBe(
          Math.min(ANSWER_OPENING, whole.replace(/\s/g, '').length),
        );
      }),
    );
  }
});

test('every question’s share description is the same from the opening as from the whole answer', () => {
  for (const post of posts) {
    const page = forPages(post);
    expect(page.questions.map(questionDescription)).toEqual(
      post.questions.map(questionDescription),
    );
  }
});

test('every person’s answer excerpts are the same from the openings as from the whole answers', () => {
  const whole = buildPeople(posts, []);
  const pages = buildPeople(posts.map(forPages), []);
  const excerpts = (directory: typeof whole) =>
    directory.people.map((person) => [
      person.name,
      person.answers.map((a) => [a.post.slug, a.n, a.question, a.excerpt]),
    ]);
  expect(excerpts(pages)).toEqual(excerpts(whole));
  expect(whole.people.flatMap((person) => person.answers).length).toBeGreaterThan(100);
});

test('a page reads its post’s body from the file, the same text the loader read', async () => {
  // A BOM, Windows line ends and an MDX file: the body must come out as the loader's did.
  const dir = folderWith({
    'crlf.md':
      '\uFEFF---\r\ntitle: 줄 끝\r\ndate: 2026-01-02\r\n---\r\n\r\n**기자: 질문?**\r\n\r\n답입니다.\r\n',
    'plain.mdx': '---\ntitle: 엠디엑스\ndate: 2026-01-03\n---\n\n**기자: 질문?**\n\n답입니다.\n',
  });
  const loaded = await loadPosts(dir, { includeDrafts: false });
  for (const post of [...loaded, ...posts.filter((p) => p.file === 'edges.md')]) {
    const from = post.file === 'edges.md' ? edgeCases : dir;
    expect(await postBody(forPages(post), from)).toBe(post.body);
  }
});

test('a post edited while the site builds stops the build, naming the file', async () => {
  const dir = folderWith({ 'edited.md': '---\ntitle: 고친 글\ndate: 2026-01-04\n---\n\n첫 글.\n' });
  const [post] = await loadPosts(dir, { includeDrafts: false });
  writeFileSync(
    path.join(dir, 'edited.md'),
    '---\ntitle: 고친 글\ndate: 2026-01-04\n---\n\n고친 글.\n',
  );
  await expect(postBody(forPages(post!), dir)).rejects.toThrow(
    `${path.join(dir, 'edited.md')} changed while the site was being built`,
  );
});
