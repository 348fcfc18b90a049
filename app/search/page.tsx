import type { Metadata } from 'next';
import { SearchApp } from '@/components/search/SearchApp';
import { clientScript } from '@/lib/client-assets';
import { listingMetadata } from '@/lib/seo/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = {
  ...listingMetadata('검색', '대담의 모든 질문과 답에서 찾기', '/search'),
  robots: { index: false },
};

export default function SearchPage() {
  return (
    <>
      <h1 className="page-title">검색</h1>
      <SearchApp indexUrl={sitePath('/search-index')} postsPath={sitePath('/posts')} />
      {/* A module script is deferred by definition; the rule only knows classic scripts. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={clientScript('search')} />
      <noscript>
        <p>
          검색은 브라우저의 자바스크립트로 동작합니다. 자바스크립트를 켜거나 첫 화면의 목록에서 찾아
          주세요.
        </p>
      </noscript>
    </>
  );
}
