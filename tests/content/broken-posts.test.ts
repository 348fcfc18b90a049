import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BROKEN = path.join(process.cwd(), 'tests/fixtures/broken');
const JS_MARKER = path.join(process.cwd(), 'test-results/js-frontmatter-ran');

interface Outcome {
  code: number;
  output: string;
}

/** `npm run check` (the same command the build runs first) on one content folder. */
async function check(postsDir: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      // tsx as a loader (one process), as the build runs it.
      ['--import', 'tsx', 'scripts/check-content.ts'],
      {
        env: { ...process.env, POSTS_DIR: postsDir },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** One line per mistake: the fixture folder, and what the message must say. */
const CASES: Array<[string, string]> = [
  ['missing-title', 'post.md field "title": is required'],
  ['empty-title', 'post.md field "title": must not be empty'],
  ['number-title', 'post.md field "title": must be text, not the number 42'],
  ['missing-date', 'post.md field "date": is required'],
  ['impossible-date', 'post.md field "date": "2023-13-45" is not a real calendar date'],
  ['date-format', 'post.md field "date": "16/04/2023" is not written as YYYY-MM-DD'],
  ['draft-string', 'post.md field "draft": must be true or false'],
  [
    'unknown-key',
    'post.md field "titel": is not a known frontmatter field\n    → did you mean "title"?',
  ],
  ['bad-tags', 'post.md field "tags": must be a list'],
  ['bad-source', 'post.md field "source": must be an absolute http(s) URL'],
  ['missing-image', 'post.md field "image": public/images/nope.png does not exist'],
  ['yaml-syntax', 'post.md:6:1: the frontmatter is not valid YAML'],
  ['no-frontmatter', 'post.md:1: the file has no frontmatter'],
  ['empty-file', 'post.md: the file is empty'],
  ['not-utf8', 'post.md: the file is not valid UTF-8 text'],
  ['js-frontmatter', 'post.md:1: frontmatter in "js" is not allowed'],
  ['toml-frontmatter', 'post.md:1: frontmatter in "toml" is not allowed'],
  ['duplicate-slug', 'same.mdx: has the same URL /posts/same as same.md'],
  ['bad-file-name', 'My Post.md: the file name is its URL'],
  [
    'category-clash',
    'b.md field "category": "Ai" and "AI" (a.md) would share the URL /categories/ai',
  ],
  ['mdx-unclosed', 'post.mdx:6:1: the MDX does not compile'],
  ['mdx-import', 'post.mdx:5:1: import/export statements are not allowed'],
  ['mdx-export', 'post.mdx:7:1: import/export statements are not allowed'],
  [
    'mdx-expression',
    'post.mdx:7:4: the JavaScript expression {중괄호} is not allowed\n    → write \\{ and \\}',
  ],
  ['mdx-html', 'post.mdx:7:1: <script> is not allowed'],
  ['mdx-attribute-expression', 'post.mdx:5:1: <Question> attributes must be plain text in quotes'],
  ['picture-missing', 'post.md:6: the picture "images/nope.jpg" does not exist'],
  ['picture-not-image', 'post.md:6: the picture "photo.jpg" is not a picture'],
  ['picture-no-alt', 'post.md:6: the picture "photo.png" has no alt text\n    → say what it shows'],
  ['picture-bomb', 'post.md:6: the picture "huge.png" is 15000×15000 pixels (225 megapixels)'],
  ['picture-outside', 'post.md:6: the picture "../secret.jpg" is outside the content folder'],
  ['picture-svg', 'post.md:6: the picture "logo.svg" is an SVG, which can carry script'],
  ['picture-truncated', 'post.md:6: the picture "cut.jpg" cannot be decoded'],
  ['cover-no-alt', 'post.md field "imageAlt": a cover picture needs alt text'],
  ['recording-time-malformed', 'post.md:6: "[3:7]" is not a time\n    → write it as [m:ss]'],
  ['recording-time-backwards', 'post.md:10: the time 0:01 comes before the time above it (0:02)'],
  ['recording-time-past-end', 'post.md:8: the time 0:05 is past the end of the recording (0:01)'],
  ['recording-without', 'post.md:7: the post gives times, but no recording to play them in'],
  ['recording-missing', 'post.md field "audio": the recording "audio/nope.mp3" does not exist'],
  ['recording-not-audio', 'post.md field "audio": the recording "talk.mp3" cannot be read'],
  ['recording-type', 'post.md field "audio": "talk.xyz" is not a kind of audio file browsers play'],
  [
    'recording-platform-page',
    'post.md field "video": "https://www.youtube.com/@daedam/videos" is a video platform\'s address, but not of one video',
  ],
  [
    'recording-platform-audio',
    'post.md field "audio": "https://vimeo.com/76979871" is a Vimeo video: write it as video:',
  ],
  ['series-part-clash', 'b.md field "part": a.md is part 1 of "골목의 사람들" too'],
  [
    'series-part-partial',
    'b.md field "part": the series "반쪽 연재" numbers its parts (a.md has part: 1), but this post gives none',
  ],
  ['translation-twin', 'b.md field "translationKey": a.md is the "ko" version of "same-talk" too'],
  [
    'translation-of-no-language',
    'post.md field "translationOf.language": is required\n    → add "language: …" under translationOf',
  ],
  [
    'alias-is-a-page',
    'post.md field "aliases": /search is a page of this site; an alias may only name a path that is gone',
  ],
  ['alias-claimed-twice', 'b.md field "aliases": a.md names the alias /posts/gone too'],
  [
    'alias-not-a-path',
    'post.md field "aliases.0": must be a site path such as /posts/old-name (ASCII, starting with /)',
  ],
  [
    'added-question-out-of-range',
    'post.md field "addedQuestions": names question 5, but the post has 2 questions',
  ],
  [
    'portrait-missing',
    'people.yaml field "홍길동.photo": the picture "images/hong.jpg" does not exist',
  ],
];

describe('every content mistake stops the build with a clear message', () => {
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    rmSync(JS_MARKER, { force: true });
    // Two at a time: each run is a Node process (tsx, the loader, the content).
    const queue = [...CASES];
    await Promise.all(
      [0, 1].map(async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          outcomes.set(next[0], await check(path.join(BROKEN, next[0])));
        }
      }),
    );
    // ~1.5 s a case on an idle machine, more beside the browser suites: 57 cases.
  }, 360_000);

  test('there is a fixture for every case and a case for every fixture', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(CASES.map(([name]) => name).sort());
  });

  test.each(CASES)('%s', (name, expected) => {
    const outcome = outcomes.get(name)!;
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain(`Content in tests/fixtures/broken/${name} has`);
    expect(outcome.output).toContain(expected);
    expect(outcome.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
  });

  test('---js frontmatter is never evaluated', () => {
    expect(outcomes.get('js-frontmatter')!.code).toBe(1);
    expect(existsSync(JS_MARKER)).toBe(false);
  });
});

/** site.yaml mistakes: one content folder has one site.yaml, so each is a folder of its own. */
const SITE_CASES: Array<[string, string]> = [
  [
    'unknown-field',
    'site.yaml:2 field "nmae": is not a known field of site.yaml\n    → did you mean "name"?',
  ],
  [
    'language',
    'site.yaml:2 field "language": "kr" is not an interface language this site has (ko, en, ja)\n    → did you mean "ko"?',
  ],
  ['bad-link', 'site.yaml:1 field "links.0": must be an absolute http(s) URL'],
  ['yaml-syntax', 'site.yaml:3:1: is not valid YAML'],
  [
    'icon-not-square',
    'site.yaml field "icon": the icon must be a square picture of at least 512×512 pixels (got 800×400)',
  ],
  ['icon-missing', 'site.yaml field "icon": the picture "images/nope.png" does not exist'],
];

describe('a bad site.yaml stops the build, naming the file and the field', () => {
  const root = path.join(process.cwd(), 'tests/fixtures/broken-site');
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    for (const [name] of SITE_CASES) outcomes.set(name, await check(path.join(root, name)));
  }, 60_000);

  test('there is a fixture for every case and a case for every fixture', () => {
    expect(readdirSync(root).sort()).toEqual(SITE_CASES.map(([name]) => name).sort());
  });

  test.each(SITE_CASES)('%s', (name, expected) => {
    const outcome = outcomes.get(name)!;
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain(`Content in tests/fixtures/broken-site/${name} has 1 problem`);
    expect(outcome.output).toContain(expected);
    expect(outcome.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('content folder problems', () => {
  test('all problems of all files are reported in one run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daedam-all-broken-'));
    // Each case's files side by side, renamed after the case; a case about people.yaml keeps
    // the name (one content folder has one), and its problem is reported under it.
    const peopleCases = CASES.filter(([name]) =>
      existsSync(path.join(BROKEN, name, 'people.yaml')),
    );
    expect(peopleCases).toHaveLength(1);
    for (const [name] of CASES) {
      for (const file of readdirSync(path.join(BROKEN, name))) {
        const to = file === 'people.yaml' ? file : `${name}-${file}`;
        cpSync(path.join(BROKEN, name, file), path.join(dir, to));
      }
    }
    const outcome = await check(dir);
    expect(outcome.code).toBe(1);
    for (const [name, expected] of CASES) {
      if (peopleCases.some(([people]) => people === name))
        expect(outcome.output).toContain(expected);
      else expect(outcome.output).toContain(`${name}-`);
    }
    const count = Number(/has (\d+) problems/.exec(outcome.output)?.[1]);
    expect(count).toBeGreaterThanOrEqual(CASES.length);
  });

  test('an empty content folder is a valid, empty archive', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daedam-empty-'));
    mkdirSync(path.join(dir, 'images'));
    const outcome = await check(dir);
    expect(outcome.output).toContain('✓ no posts yet: the site builds with an empty archive');
    expect(outcome.code).toBe(0);
  });

  test('a missing content folder is refused', async () => {
    const outcome = await check('does-not-exist');
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain('does-not-exist: the content folder does not exist');
    expect(outcome.output).toContain('set POSTS_DIR');
  });

  test('valid content passes', async () => {
    const outcome = await check('tests/fixtures/first-post');
    expect(outcome).toEqual({ code: 0, output: expect.stringMatching(/^✓ 1 post is valid/) });
  });

  test('the publisher’s posts/ passes, whatever it holds', async () => {
    const outcome = await check('posts');
    expect(outcome).toEqual({
      code: 0,
      output: expect.stringMatching(/^✓ (1 post is|\d+ posts are) valid/),
    });
  });
});
