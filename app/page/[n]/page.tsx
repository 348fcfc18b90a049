import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/components/post/Listing';
import { getAllPosts } from '@/lib/posts';
import { extraPages, paginate } from '@/lib/posts/paginate';
import { listingMetadata } from '@/lib/seo/metadata';
import { pagesToRender } from '@/lib/static-params';
import { t } from '@/lib/i18n';

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return pagesToRender(
    'archive',

    extraPages((await getAllPosts()).length).map((n) => ({ n: String(n) })),
    ['n'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = Number((await params).n);
  return listingMetadata(
    t.home.pageTitle(n),
    t.home.pageDescription(n),
    n === 1 ? '/' : `/page/${n}`,
  );
}

export default async function ListingPage({ params }: Props) {
  const page = paginate(await getAllPosts(), Number((await params).n));
  if (!page || page.page === 1) notFound();
  return (
    <>
      <h1 className="page-title">
        {t.home.title} <span className="page-kicker">{t.count.page(page.page)}</span>
      </h1>
      <Listing page={page} firstHref="/" pageHref={(n) => `/page/${n}`} />
    </>
  );
}
