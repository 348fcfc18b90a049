/**
 * `npm run new -- "제목" [--slug my-post]`: starts a post in the content folder (POSTS_DIR,
 * default posts/) with today's date in Korea, every frontmatter field explained, and the
 * interview conventions as an example. The post starts as a draft; it never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SLUG_PATTERN, toSlug } from '../lib/posts/slug';
import { site } from '../lib/site';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { title: string; slug?: string } {
  let slug: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--slug') slug = argv[++i] ?? fail('--slug needs a value, e.g. --slug my-post');
    else if (arg.startsWith('--slug=')) slug = arg.slice('--slug='.length);
    else if (arg.startsWith('--')) fail(`unknown option ${arg} (only --slug)`);
    else words.push(arg);
  }
  const title = words.join(' ').trim();
  if (!title) fail('give the title: npm run new -- "제목" [--slug my-post]');
  return { title, slug };
}

/** Today in Korea, as YYYY-MM-DD (the site's dates are Korean dates). */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
}

function template(title: string, date: string): string {
  // A JSON string is a valid YAML double-quoted scalar: any title is written safely.
  return `---
title: ${JSON.stringify(title)}
date: ${date}
# Remove this line (or write false) to publish.
draft: true
# Optional fields — remove the # to use one:
# description: 목록과 미리보기에 보일 한두 문장 (없으면 리드에서 가져옵니다)
# category: 인공 지능
# tags: [AI, 인터뷰]
# source: https://example.com/original-article
# interviewer: 기자 이름 또는 매체
# interviewee: 인터뷰한 사람 (이름표 없는 답은 이 사람의 답입니다)
# lang: en        # 본문 언어 (BCP 47). 없으면 글자로 짐작합니다.
# image: /images/cover.png
---
**굵게 쓴 첫 문단은 리드입니다. 누구를 왜 만났는지 한두 문장으로 소개하세요.**

**기자: 질문은 한 문단 전체를 굵게 쓰고, 묻는 사람의 이름표와 쌍점으로 시작합니까?**

홍길동: 네. 답은 답하는 사람의 이름표와 쌍점으로 시작합니다. 이름표가 같은 사람은 사람 페이지 하나로 모입니다.

이름표 없이 이어지는 문단은 같은 답의 일부입니다.

**기자: 다음 질문도 같은 모양입니까?**

홍길동: 그렇습니다. 질문마다 공유할 수 있는 링크와 미리보기 이미지가 생깁니다.
`;
}

const { title, slug: given } = parseArgs(process.argv.slice(2));
const slug = given ?? toSlug(title);
if (!SLUG_PATTERN.test(slug)) {
  fail(
    `"${slug}" cannot be a URL: use lowercase ASCII words joined by hyphens, e.g. --slug my-post`,
  );
}
mkdirSync(site.postsDir, { recursive: true });
for (const extension of ['md', 'mdx']) {
  const existing = path.join(site.postsDir, `${slug}.${extension}`);
  if (existsSync(existing)) {
    fail(
      `${path.relative(process.cwd(), existing)} already exists; choose another title or --slug`,
    );
  }
}
const file = path.join(site.postsDir, `${slug}.md`);
writeFileSync(file, template(title, today()), { flag: 'wx' });
console.log(
  `✓ wrote ${path.relative(process.cwd(), file)} (a draft: /posts/${slug} once published)`,
);
