import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/components/post/Listing';
import { getPostsWithTag, getTags } from '@/lib/posts';
import { extraPages, paginate } from '@/lib/posts/paginate';
import { listingMetadata } from '@/lib/seo/metadata';
import { tagPath } from '@/lib/seo/urls';
import { pagesToRender } from '@/lib/static-params';
import { t } from '@/lib/i18n';

type Props = { params: Promise<{ tag: string; n: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const tags = await getTags();
  const params = await Promise.all(
    tags.map(async (tag) =>
      extraPages((await getPostsWithTag(tag.slug)).length).map((n) => ({
        tag: tag.slug,
        n: String(n),
      })),
    ),
  );
  return pagesToRender(({ tag }) => `tag:${tag}`, params.flat(), ['tag', 'n']);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, n } = await params;
  const tag = (await getTags()).find((known) => known.slug === slug);
  if (!tag) return {};
  return listingMetadata(
    `#${tag.name} · ${t.count.page(Number(n))}`,
    `${t.tag.description(tag.name)} · ${t.count.page(Number(n))}`,
    `${tagPath(slug)}/page/${n}`,
  );
}

export default async function TagListingPage({ params }: Props) {
  const { tag: slug, n } = await params;
  const tag = (await getTags()).find((known) => known.slug === slug);
  const page = tag ? paginate(await getPostsWithTag(slug), Number(n)) : undefined;
  if (!tag || !page || page.page === 1) notFound();
  return (
    <>
      <h1 className="page-title">
        <span className="page-kicker">
          {t.tag.kicker} · {t.count.page(page.page)}
        </span>{' '}
        #{tag.name}
      </h1>
      <Listing
        page={page}
        firstHref={tagPath(slug)}
        pageHref={(p) => `${tagPath(slug)}/page/${p}`}
      />
    </>
  );
}
