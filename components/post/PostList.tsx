import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { Thumbnail } from '@/components/markdown/Picture';
import { PostMeta } from './PostMeta';
import { t } from '@/lib/i18n';

/** A compact list of posts; only what the list shows is rendered, no client code. */
export function PostList({ posts }: { posts: Post[] }) {
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.slug}>
          <article
            aria-labelledby={`post-${post.slug}`}
            className={post.cover?.info ? 'has-cover' : undefined}
          >
            <h2 id={`post-${post.slug}`} lang={langAttribute(post.lang)}>
              <Link href={`/posts/${post.slug}`}>{post.title}</Link>
            </h2>
            <PostMeta post={post} />
            <p className="post-description" lang={langAttribute(post.lang)}>
              {post.description}
            </p>
            {post.questions.length > 0 ? (
              <p className="post-facts">
                {post.interviewee ? `${post.interviewee} · ` : ''}
                {t.count.questions(post.questions.length)}
              </p>
            ) : null}
            <Thumbnail picture={post.cover} sizes="6rem" />
          </article>
        </li>
      ))}
    </ol>
  );
}
