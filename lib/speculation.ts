import { sitePath } from '@/lib/site';

/**
 * Speculation Rules for the exported pages: a link to one of our pages is prerendered when the
 * reader shows intent (hovering ~200 ms, or pressing it on touch screens: "moderate"), so
 * following it is instant without a client-side router. Files (cards, feeds, the search index,
 * anything with a dot in its last segment) and links that open elsewhere are left alone.
 * https://developer.chrome.com/docs/web-platform/prerender-pages
 */
export function speculationRules(): string {
  const rules = {
    prerender: [
      {
        where: {
          and: [
            { href_matches: sitePath('/*') },
            { not: { href_matches: sitePath('/*.*') } },
            { not: { selector_matches: '[download], [target], [rel~="nofollow"]' } },
          ],
        },
        eagerness: 'moderate',
      },
    ],
  };
  // Inline in <script>: no `<` may appear (sitePath is ASCII, but keep the rule general).
  return JSON.stringify(rules).replace(/</g, '\\u003c');
}
