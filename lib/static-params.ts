import { toRender } from '@/pipeline/page-cache/plan';
import type { PageGroup } from '@/pipeline/page-cache/plan';
import { PLACEHOLDER } from './placeholder';

/** `params`, or one placeholder page when there are none (./placeholder.ts). */
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
