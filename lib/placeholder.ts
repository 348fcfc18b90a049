/**
 * Next's static export refuses a dynamic route whose generateStaticParams returns no page
 * ("must return a non-empty array"). An archive may well have no tags, no people or no posts
 * yet, so such a route gets one placeholder page (lib/static-params.ts), which renders
 * notFound() and which pipeline/remove-runtime.ts deletes from the export (any path segment
 * starting with it). Real slugs are lowercase ASCII and hyphens (lib/posts/slug.ts): they never
 * start with `_`.
 */
export const PLACEHOLDER = '_placeholder';
