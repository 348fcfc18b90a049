import type { Metadata } from 'next';
import { SearchApp } from '@/components/search/SearchApp';
import { clientScript } from '@/lib/client-assets';
import { listingMetadata } from '@/lib/seo/metadata';
import { site, sitePath } from '@/lib/site';
import { t } from '@/lib/i18n';

export const metadata: Metadata = {
  ...listingMetadata(t.search.title, t.search.description(site.name), '/search'),
  robots: { index: false },
};

export default function SearchPage() {
  return (
    <>
      <h1 className="page-title">{t.search.title}</h1>
      <SearchApp indexUrl={sitePath('/search-index')} postsPath={sitePath('/posts')} />
      {/* A module script is deferred by definition; the rule only knows classic scripts. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={clientScript('search')} />
      <noscript>
        <p>{t.search.noScript}</p>
      </noscript>
    </>
  );
}
