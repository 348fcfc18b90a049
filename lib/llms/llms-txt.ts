import type { Post, PostWithText } from '@/lib/posts';
import { postPath } from '@/lib/seo/urls';
import { absoluteUrl, site } from '@/lib/site';

/**
 * /llms.txt and /llms-full.txt (https://llmstxt.org): the site's name, a one-line summary,
 * then every published post — as a Markdown list linking each post's source
 * (/posts/<slug>.md), or with the sources themselves.
 */
export const markdownUrl = (post: Pick<Post, 'slug'>) => absoluteUrl(`${postPath(post)}.md`);

// Link text and descriptions are one line; brackets would end the link text early.
const inline = (text: string) => text.replace(/\s+/g, ' ').trim();
const linkText = (text: string) => inline(text).replace(/([\\[\]])/g, '\\$1');

function header(): string {
  return `# ${site.name}\n\n> ${inline(site.description)}\n\n질문과 답으로 된 인터뷰를 싣는 사이트입니다. 각 글의 원문 Markdown은 아래 링크에 있고, 글을 한 파일로 모은 것(최근 글부터 10 MB까지)은 ${absoluteUrl('/llms-full.txt')} 입니다.\n`;
}

export function llmsTxt(posts: Post[]): string {
  const items = posts.map(
    (post) => `- [${linkText(post.title)}](${markdownUrl(post)}): ${inline(post.description)}`,
  );
  return `${header()}\n## 대담\n\n${items.length > 0 ? items.join('\n') : '아직 발행한 대담이 없습니다.'}\n`;
}

/**
 * /llms-full.txt stops before this many bytes (newest posts first): static hosts refuse files
 * past 25 MiB (Cloudflare Pages) and a model's context is smaller still. A full archive is
 * always in /llms.txt, one link a post.
 */
export const LLMS_FULL_MAX_BYTES = 10_000_000;

export function llmsFullTxt(
  posts: Array<Post & Pick<PostWithText, 'body'>>,
  maxBytes = LLMS_FULL_MAX_BYTES,
): string {
  const all = posts.map((post) => {
    const facts = [
      `- 날짜: ${post.date}`,
      `- 주소: ${absoluteUrl(postPath(post))}`,
      `- 원문 Markdown: ${markdownUrl(post)}`,
      ...(post.lang === 'ko' ? [] : [`- 언어: ${post.lang}`]),
    ];
    return `## ${inline(post.title)}\n\n${facts.join('\n')}\n\n${post.body.trim()}`;
  });
  const head = `${header()}\n`;
  // Room for the closing note, whatever the numbers in it.
  let bytes = Buffer.byteLength(head) + 300;
  const sections: string[] = [];
  for (const section of all) {
    bytes += Buffer.byteLength(section) + 2;
    if (bytes > maxBytes) break;
    sections.push(section);
  }
  const left = all.length - sections.length;
  const note =
    left > 0
      ? `\n\n---\n\n이 파일에는 최근 글 ${sections.length}편만 담았습니다. 나머지 ${left}편은 ${absoluteUrl('/llms.txt')} 의 링크에서 원문 Markdown으로 읽을 수 있습니다.`
      : '';
  return `${head}${sections.join('\n\n')}${note}\n`;
}
