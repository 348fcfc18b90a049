import Link from 'next/link';
import { t } from '@/lib/i18n';

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
    <nav className="pager" aria-label={t.list.pager}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t.list.newer}
        </Link>
      ) : (
        <span />
      )}
      <span className="pager-position">{t.list.position(page, pages)}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t.list.older}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
