import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PostLine } from '@/components/post/PostLine';
import { t } from '@/lib/i18n';
import { getYears } from '@/lib/posts';
import { listingMetadata } from '@/lib/seo/metadata';
import { archivePath } from '@/lib/seo/urls';
import { site } from '@/lib/site';
import { orPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return orPlaceholder(
    (await getYears()).map(({ year }) => ({ year })),
    ['year'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return listingMetadata(
    t.archive.year(year),
    t.archive.yearDescription(site.name, year),
    archivePath(year),
  );
}

/** One year of the archive: every interview of it, newest first, title and date. */
export default async function YearPage({ params }: Props) {
  const { year } = await params;
  const years = await getYears();
  const at = years.findIndex((entry) => entry.year === year);
  if (at < 0) notFound();
  const { posts } = years[at]!;
  const [newer, older] = [years[at - 1], years[at + 1]];
  return (
    <>
      <h1 className="page-title">
        <span className="page-kicker">
          <Link href={archivePath()}>{t.archive.title}</Link>
        </span>{' '}
        {t.archive.year(year)}
      </h1>
      <p className="page-count">{t.count.posts(posts.length)}</p>
      <ol className="archive-list">
        {posts.map((post) => (
          <PostLine key={post.slug} post={post} />
        ))}
      </ol>
      <nav className="pager" aria-label={t.archive.years}>
        {newer ? (
          <Link href={archivePath(newer.year)} rel="prev">
            ← {t.archive.year(newer.year)}
          </Link>
        ) : (
          <span />
        )}
        <span />
        {older ? (
          <Link href={archivePath(older.year)} rel="next">
            {t.archive.year(older.year)} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}
