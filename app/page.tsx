import type { Metadata } from 'next';
import { Listing } from '@/components/post/Listing';
import { getAllPosts } from '@/lib/posts';
import { paginate } from '@/lib/posts/paginate';
import { listingMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = listingMetadata(undefined, site.description, '/');

export default async function HomePage() {
  const page = paginate(await getAllPosts(), 1)!;
  return (
    <>
      <h1 className="page-title">최근 대담</h1>
      {page.items.length === 0 ? (
        <p className="empty-archive">아직 발행한 대담이 없습니다.</p>
      ) : (
        <Listing page={page} firstHref="/" pageHref={(n) => `/page/${n}`} />
      )}
    </>
  );
}
