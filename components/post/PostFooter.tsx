import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { postPath } from '@/lib/seo/urls';

interface Props {
  newer?: Post;
  older?: Post;
  related: Post[];
  categoryName?: string;
}

/** Where to go after the last answer: the neighbouring posts and more of the same category. */
export function PostFooter({ newer, older, related, categoryName }: Props) {
  if (!newer && !older && related.length === 0) return null;
  return (
    <footer className="post-footer">
      {newer || older ? (
        <nav className="post-pager" aria-label="이전 글과 다음 글">
          {older ? (
            <Link href={postPath(older)} rel="prev">
              <span className="pager-label">이전 글</span> {older.title}
            </Link>
          ) : null}
          {newer ? (
            <Link href={postPath(newer)} rel="next">
              <span className="pager-label">다음 글</span> {newer.title}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {related.length > 0 ? (
        <section className="related" aria-labelledby="related-title">
          <h2 id="related-title">{categoryName} 분류의 다른 대담</h2>
          <ul>
            {related.map((post) => (
              <li key={post.slug}>
                <Link href={postPath(post)}>{post.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </footer>
  );
}
