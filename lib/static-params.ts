import { toRender } from '@/pipeline/page-cache/plan';
import type { PageGroup } from '@/pipeline/page-cache/plan';

/**
 * Next's static export refuses a dynamic route whose generateStaticParams returns no page
 * ("must return a non-empty array"). An archive may well have no tags, no people or no posts
 * yet, so such a route gets one placeholder page, which renders notFound() and which
 * pipeline/remove-runtime.ts deletes from the export (any path segment starting with it).
 * Real slugs are lowercase ASCII and hyphens (lib/posts/slug.ts): they never start with `_`.
 */
export const PLACEHOLDER = '_placeholder';

export function orPlaceholder<T extends Record<string, string>>(
  params: T[],
  keys: Array<keyof T>,
): T[] {
  if (params.length > 0) return params;
  return [Object.fromEntries(keys.map((key) => [key, PLACEHOLDER])) as T];
}

/**
 * The params of a page route that this build renders: `params` without the pages that
 * `npm run build` has finished and cached already (pipeline/page-cache/plan.ts), or the placeholder.
 */
export async function pagesToRender<T extends Record<string, string>>(
  group: PageGroup | ((param: T) => PageGroup),
  params: T[],
  keys: Array<keyof T>,
): Promise<T[]> {
  return orPlaceholder(
    await toRender(params, typeof group === 'function' ? group : () => group),
    keys,
  );
}
