/** Visible links to a page's own feeds (the same ones its <link rel="alternate"> names). */
export function FeedLinks({ base, name }: { base: string; name: string }) {
  return (
    <p className="page-feeds">
      {/* next/link would prefetch a page; these are files, so plain links with the base path. */}
      <a href={`${base}/feed.xml`} type="application/rss+xml">
        RSS<span className="sr-only"> ({name})</span>
      </a>
      <span aria-hidden="true"> · </span>
      <a href={`${base}/feed.json`} type="application/feed+json">
        JSON Feed<span className="sr-only"> ({name})</span>
      </a>
    </p>
  );
}
