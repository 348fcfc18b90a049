import Link from 'next/link';
import { formatKoreanDate } from '@/lib/format/date';
import type { Post } from '@/lib/posts';

/** Date and category line shared by the post header and the lists. */
export function PostMeta({ post }: { post: Post }) {
  return (
    <p className="post-meta">
      <time dateTime={post.date}>{formatKoreanDate(post.date)}</time>
      {post.category ? (
        <>
          <span aria-hidden="true"> · </span>
          <Link href={`/categories/${post.category.slug}`} className="category">
            {post.category.name}
          </Link>
        </>
      ) : null}
      {post.draft ? <span className="draft"> 초안</span> : null}
    </p>
  );
}
