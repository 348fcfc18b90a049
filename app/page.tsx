import type { Metadata } from 'next';
import { PostList } from '@/components/post/PostList';
import { getAllPosts } from '@/lib/posts';
import { listingMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = listingMetadata(undefined, site.description, '/');

export default async function HomePage() {
  const posts = await getAllPosts();
  return (
    <>
      <h1 className="page-title">최근 대담</h1>
      <PostList posts={posts} />
    </>
  );
}
