import type { Metadata } from 'next';
import Link from 'next/link';
import { t } from '@/lib/i18n';
import { getYears } from '@/lib/posts';
import { listingMetadata } from '@/lib/seo/metadata';
import { archivePath } from '@/lib/seo/urls';
import { site } from '@/lib/site';

export const metadata: Metadata = listingMetadata(
  t.archive.title,
  t.archive.description(site.name),
  archivePath(),
);

/** Every year of the archive with its number of interviews; each year has a page. */
export default async function ArchivePage() {
  const years = await getYears();
  return (
    <>
      <h1 className="page-title">{t.archive.title}</h1>
      {years.length === 0 ? (
        <p className="empty-archive">{t.home.empty}</p>
      ) : (
        <ul className="archive-years">
          {years.map(({ year, posts }) => (
            <li key={year}>
              <Link href={archivePath(year)}>{t.archive.year(year)}</Link>{' '}
              <span className="page-count">{t.count.posts(posts.length)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
