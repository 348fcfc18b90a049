import Link from 'next/link';

/** "이전 / 다음 페이지" for a paginated listing; page 1 lives at `firstHref`. */
export function Pager({
  page,
  pages,
  firstHref,
  pageHref,
}: {
  page: number;
  pages: number;
  firstHref: string;
  pageHref: (n: number) => string;
}) {
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? firstHref : pageHref(n));
  return (
    <nav className="pager" aria-label="페이지">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← 최근 글
        </Link>
      ) : (
        <span />
      )}
      <span className="pager-position">
        {page} / {pages} 페이지
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          이전 글 →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
