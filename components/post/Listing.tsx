import type { Post } from '@/lib/posts';
import type { PageOf } from '@/lib/posts/paginate';
import { Pager } from './Pager';
import { PostList } from './PostList';

/** One page of a post listing (home or a category), with its pager. */
export function Listing({
  page,
  firstHref,
  pageHref,
}: {
  page: PageOf<Post>;
  firstHref: string;
  pageHref: (n: number) => string;
}) {
  return (
    <>
      <PostList posts={page.items} />
      <Pager page={page.page} pages={page.pages} firstHref={firstHref} pageHref={pageHref} />
    </>
  );
}
