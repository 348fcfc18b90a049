import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedLinks } from '@/components/post/FeedLinks';
import { Listing } from '@/components/post/Listing';
import { getPostsWithTag, getTags } from '@/lib/posts';
import { paginate } from '@/lib/posts/paginate';
import { listingMetadata } from '@/lib/seo/metadata';
import { tagPath } from '@/lib/seo/urls';
import { site, sitePath } from '@/lib/site';
import { pagesToRender } from '@/lib/static-params';
import { t } from '@/lib/i18n';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return pagesToRender(
    ({ tag }) => `tag:${tag}`,

    (await getTags()).map((tag) => ({ tag: tag.slug })),
    ['tag'],
  );
}

async function findTag(slug: string) {
  return (await getTags()).find((tag) => tag.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await findTag((await params).tag);
  return tag
    ? listingMetadata(`#${tag.name}`, t.tag.description(tag.name), tagPath(tag.slug), {
        base: tagPath(tag.slug),
        title: `${site.name} · #${tag.name}`,
      })
    : {};
}

export default async function TagPage({ params }: Props) {
  const slug = (await params).tag;
  const tag = await findTag(slug);
  if (!tag) notFound();
  const posts = await getPostsWithTag(slug);
  return (
    <>
      <h1 className="page-title">
        <span className="page-kicker">{t.tag.kicker}</span> #{tag.name}
      </h1>
      <p className="page-count">{t.count.posts(posts.length)}</p>
      <FeedLinks base={sitePath(tagPath(slug))} name={`#${tag.name}`} />
      <Listing
        page={paginate(posts, 1)!}
        firstHref={tagPath(slug)}
        pageHref={(n) => `${tagPath(slug)}/page/${n}`}
      />
    </>
  );
}
