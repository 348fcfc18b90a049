import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FeedLinks } from '@/components/post/FeedLinks';
import { JsonLd } from '@/components/post/JsonLd';
import { PostMeta } from '@/components/post/PostMeta';
import { t } from '@/lib/i18n';
import { getSeries } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { seriesJsonLd } from '@/lib/seo/json-ld';
import { listingMetadata } from '@/lib/seo/metadata';
import { postPath, seriesPath } from '@/lib/seo/urls';
import { site, sitePath } from '@/lib/site';
import { orPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ series: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return orPlaceholder(
    (await getSeries()).map((series) => ({ series: series.slug })),
    ['series'],
  );
}

async function findSeries(slug: string) {
  return (await getSeries()).find((series) => series.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = await findSeries((await params).series);
  return series
    ? listingMetadata(series.name, t.series.description(series.name), seriesPath(series.slug), {
        base: seriesPath(series.slug),
        title: `${site.name} · ${series.name}`,
      })
    : {};
}

/** A series: its parts in reading order, numbered. */
export default async function SeriesPage({ params }: Props) {
  const series = await findSeries((await params).series);
  if (!series) notFound();
  return (
    <>
      <JsonLd data={seriesJsonLd(series)} />
      <h1 className="page-title">
        <span className="page-kicker">{t.series.kicker}</span> {series.name}
      </h1>
      <p className="page-count">{t.series.parts(series.parts.length)}</p>
      <FeedLinks base={sitePath(seriesPath(series.slug))} name={series.name} />
      <ol className="series-parts">
        {series.parts.map((post) => (
          <li key={post.slug}>
            <article aria-labelledby={`part-${post.slug}`}>
              <h2 id={`part-${post.slug}`} lang={langAttribute(post.lang)}>
                <Link href={postPath(post)}>{post.title}</Link>
              </h2>
              <PostMeta post={post} />
              <p className="post-description" lang={langAttribute(post.lang)}>
                {post.description}
              </p>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
