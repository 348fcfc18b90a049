import type { Metadata } from 'next';
import { SearchApp } from '@/components/search/SearchApp';
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
      <SearchApp indexUrl={sitePath('/search-index.json')} postsPath={sitePath('/posts')} />
    </>
  );
}
