import Link from 'next/link';
import { formatDate } from '@/lib/i18n';
import type { Post } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { postPath } from '@/lib/seo/urls';

/** A post as one line of a list: its title (in its own language) and its date. */
export function PostLine({ post }: { post: Post }) {
  return (
    <li>
      <Link href={postPath(post)} lang={langAttribute(post.lang)}>
        {post.title}
      </Link>{' '}
      <time dateTime={post.date}>{formatDate(post.date)}</time>
    </li>
  );
}
