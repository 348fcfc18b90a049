import { PostList } from '@/components/post/PostList';
import { getAllPosts } from '@/lib/posts';

export default async function HomePage() {
  const posts = await getAllPosts();
  return (
    <>
      <h1 className="page-title">최근 대담</h1>
      <PostList posts={posts} />
    </>
  );
}
