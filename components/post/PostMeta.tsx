import Link from 'next/link';
import { formatDate, t } from '@/lib/i18n';
import type { Post } from '@/lib/posts';

/** Date and category line shared by the post header and the lists. */
export function PostMeta({ post }: { post: Post }) {
  return (
    <p className="post-meta">
      <time dateTime={post.date}>{formatDate(post.date)}</time>
      {post.category ? (
        <>
          <span aria-hidden="true"> · </span>
          <Link href={`/categories/${post.category.slug}`} className="category">
            {post.category.name}
          </Link>
        </>
      ) : null}
      {post.draft ? <span className="draft"> {t.post.draft}</span> : null}
    </p>
  );
}
