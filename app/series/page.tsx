import type { Metadata } from 'next';
import Link from 'next/link';
import { t } from '@/lib/i18n';
import { getSeries } from '@/lib/posts';
import { listingMetadata } from '@/lib/seo/metadata';
import { seriesPath } from '@/lib/seo/urls';
import { site } from '@/lib/site';

export const metadata: Metadata = listingMetadata(
  t.series.title,
  t.series.list(site.name),
  '/series',
);

/** Every series, the one with the latest part first. */
export default async function SeriesIndex() {
  const all = await getSeries();
  return (
    <>
      <h1 className="page-title">{t.series.title}</h1>
      {all.length === 0 ? (
        <p className="empty-archive">{t.home.empty}</p>
      ) : (
        <ul className="series-list">
          {all.map((series) => (
            <li key={series.slug}>
              <Link href={seriesPath(series.slug)}>{series.name}</Link>{' '}
              <span className="page-count">{t.series.parts(series.parts.length)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
