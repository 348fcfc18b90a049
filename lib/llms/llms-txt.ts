import type { Post, PostWithText } from '@/lib/posts';
import { postPath } from '@/lib/seo/urls';
import { absoluteUrl, site } from '@/lib/site';
import { t } from '@/lib/i18n';

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
  return `# ${site.name}\n\n> ${inline(site.description)}\n\n${t.llms.about(absoluteUrl('/llms-full.txt'))}\n`;
}

export function llmsTxt(posts: Post[]): string {
  const items = posts.map(
    (post) => `- [${linkText(post.title)}](${markdownUrl(post)}): ${inline(post.description)}`,
  );
  return `${header()}\n## ${t.llms.posts}\n\n${items.length > 0 ? items.join('\n') : t.llms.none}\n`;
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
      `- ${t.llms.date}: ${post.date}`,
      `- ${t.llms.address}: ${absoluteUrl(postPath(post))}`,
      `- ${t.llms.markdown}: ${markdownUrl(post)}`,
      ...(post.lang === site.locale ? [] : [`- ${t.llms.language}: ${post.lang}`]),
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
    left > 0 ? `\n\n---\n\n${t.llms.rest(sections.length, left, absoluteUrl('/llms.txt'))}` : '';
  return `${head}${sections.join('\n\n')}${note}\n`;
}
