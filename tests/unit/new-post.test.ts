import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPosts } from '@/lib/posts/load';

/** `npm run new` as a writer runs it, into a content folder of its own. */
function runNew(dir: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/new-post.ts', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, POSTS_DIR: dir },
    },
  );
}

const seoulToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());

test("writes a valid draft with a romanised slug, today's date and the interview conventions", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-new-'));
  const result = runNew(dir, '인공 지능의 미래: "르쿤"과의 대화');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(readdirSync(dir)).toEqual(['ingong-jineungui-mirae-reukun-gwaui-daehwa.md']);
  const source = readFileSync(
    path.join(dir, 'ingong-jineungui-mirae-reukun-gwaui-daehwa.md'),
    'utf8',
  );
  for (const field of [
    'description',
    'category',
    'tags',
    'source',
    'interviewer',
    'interviewee',
    'lang',
    'image',
  ]) {
    expect(source).toMatch(new RegExp(`^# ${field}: `, 'm'));
  }
  const [post] = await loadPosts(dir, { includeDrafts: true });
  expect(post).toMatchObject({
    title: '인공 지능의 미래: "르쿤"과의 대화',
    date: seoulToday(),
    draft: true,
    lang: 'ko',
  });
  expect(post!.lead).toBe(
    '굵게 쓴 첫 문단은 리드입니다. 누구를 왜 만났는지 한두 문장으로 소개하세요.',
  );
  expect(post!.questions.map((q) => [q.speaker, q.answerSpeaker])).toEqual([
    ['기자', '홍길동'],
    ['기자', '홍길동'],
  ]);
  // A draft: the published archive does not show it.
  expect(await loadPosts(dir, { includeDrafts: false })).toEqual([]);
});

test('refuses to overwrite, and takes --slug', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-new-'));
  expect(runNew(dir, 'First', '--slug', 'my-post').status).toBe(0);
  const before = readFileSync(path.join(dir, 'my-post.md'), 'utf8');
  const again = runNew(dir, 'Second title', '--slug=my-post');
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('my-post.md already exists');
  expect(readFileSync(path.join(dir, 'my-post.md'), 'utf8')).toBe(before);
  expect(readdirSync(dir)).toEqual(['my-post.md']);
});

test.each([
  [['제목', '--slug', 'My Post'], '"My Post" cannot be a URL'],
  [[], 'give the title'],
  [['제목', '--name', 'x'], 'unknown option --name'],
])('refuses %j with a clear message', (args, message) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-new-'));
  const result = runNew(dir, ...args);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(message);
  expect(readdirSync(dir)).toEqual([]);
});
