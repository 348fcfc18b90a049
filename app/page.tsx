import type { Metadata } from 'next';
import { Listing } from '@/components/post/Listing';
import { getAllPosts } from '@/lib/posts';
import { paginate } from '@/lib/posts/paginate';
import { listingMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { t } from '@/lib/i18n';

export const metadata: Metadata = listingMetadata(undefined, site.description, '/');

export default async function HomePage() {
  const page = paginate(await getAllPosts(), 1)!;
  return (
    <>
      <h1 className="page-title">{t.home.title}</h1>
      {page.items.length === 0 ? (
        <p className="empty-archive">{t.home.empty}</p>
      ) : (
        <Listing page={page} firstHref="/" pageHref={(n) => `/page/${n}`} />
      )}
    </>
  );
}
