import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { postPath } from '@/lib/seo/urls';
import { t } from '@/lib/i18n';
import type { SeriesPlace } from '@/lib/posts/series';

interface Props {
  newer?: Post;
  older?: Post;
  related: Post[];
  categoryName?: string;
  /** The series the post is a part of: its previous and next parts come first. */
  place?: SeriesPlace;
}

/** Where to go after the last answer: the neighbouring posts and more of the same category. */
export function PostFooter({ newer, older, related, categoryName, place }: Props) {
  if (!newer && !older && related.length === 0 && !place) return null;
  return (
    <footer className="post-footer">
      {place && (place.previous || place.next) ? (
        <nav className="post-pager series-pager" aria-label={t.series.nav}>
          {place.previous ? (
            <Link href={postPath(place.previous)}>
              <span className="pager-label">{t.series.previous}</span> {place.previous.title}
            </Link>
          ) : null}
          {place.next ? (
            <Link href={postPath(place.next)}>
              <span className="pager-label">{t.series.next}</span> {place.next.title}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {newer || older ? (
        <nav className="post-pager" aria-label={t.post.pager}>
          {older ? (
            <Link href={postPath(older)} rel="prev">
              <span className="pager-label">{t.post.older}</span> {older.title}
            </Link>
          ) : null}
          {newer ? (
            <Link href={postPath(newer)} rel="next">
              <span className="pager-label">{t.post.newer}</span> {newer.title}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {related.length > 0 ? (
        <section className="related" aria-labelledby="related-title">
          <h2 id="related-title">{t.category.related(categoryName ?? '')}</h2>
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
