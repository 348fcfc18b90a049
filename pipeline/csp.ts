/**
 * A per-page Content-Security-Policy. Each exported page gets a <meta http-equiv> policy that
 * lists the SHA-256 of exactly the inline scripts it carries (the theme script, speculation
 * rules, JSON-LD): no other inline script, injected or not, can run, and external scripts
 * must come from our own origin. public/_headers adds what a meta policy cannot carry
 * (frame-ancestors). Runs on the final markup, after the runtime is removed
 * (./remove-runtime.ts), so the hashes are those of the scripts that ship.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { inlineStyles } from './inline-styles';
import { EMBED_ORIGINS } from '@/lib/recordings/platforms';

export const hashSource = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline scripts the browser would run (classic, module or speculation rules); JSON-LD
 * and other data blocks never run, so no policy needs them.
 */
export function runnableInlineScripts(root: HTMLElement): string[] {
  return root
    .querySelectorAll('script')
    .filter((script) => !script.hasAttribute('src'))
    .filter((script) => {
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      return ['', 'text/javascript', 'module', 'speculationrules'].includes(type);
    })
    .map((script) => script.rawText);
}

/**
 * The policy for a page whose inline <script>s and <style>s have these texts; `embeds` when it
 * may load a video platform's player (components/recording/VideoFacade.tsx).
 */
export function policyFor(
  inlineScripts: string[],
  inlineStyles: string[] = [],
  embeds = false,
): string {
  const hashes = new Set(inlineScripts.map(hashSource));
  const styles = new Set(inlineStyles.map(hashSource));
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(' ')}`.trim(),
    `style-src 'self' ${[...styles].join(' ')}`.trim(),
    "img-src 'self' https:",
    // A post's recording may be an https URL (lib/recordings/media.ts).
    "media-src 'self' https:",
    ...(embeds ? [`frame-src ${EMBED_ORIGINS.join(' ')}`] : []),
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Puts the policy first in <head> (right after the charset), before any script, so it governs
 * all of them. A page without <head> is an error (`file` names it): it would ship without a
 * policy.
 */
export function addCsp(root: HTMLElement, file = 'a page'): HTMLElement {
  const head = root.querySelector('head');
  if (!head) throw new Error(`${file}: no <head> to put the Content-Security-Policy in`);
  for (const old of head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'))
    old.remove();
  const inline = root
    .querySelectorAll('script')
    .filter((script) => !script.hasAttribute('src'))
    .map((script) => script.rawText);
  const meta = parse(
    `<meta http-equiv="Content-Security-Policy" content="${policyFor(inline, inlineStyles(root), Boolean(root.querySelector('[data-embed]')))}">`,
  ).firstChild;
  if (!meta) throw new Error('could not build the policy element');
  const charset = head.querySelector('meta[charset]');
  if (charset) charset.after(meta);
  else head.childNodes.unshift(meta);
  meta.parentNode = head;
  return root;
}

/**
 * The site-wide header policy in `_headers` is written with 'unsafe-inline' (it cannot know the
 * build's scripts and styles); once the export is final, replace that with the hashes of every
 * inline script any page runs and every inline style any page has — a handful, the same on
 * every page.
 */
export function tightenHeaders(
  headers: string,
  hashes: Iterable<string>,
  styleHashes: Iterable<string> = [],
): string {
  const tighten = (directive: string, sources: Iterable<string>) => (text: string) => {
    const list = [...new Set(sources)].sort().join(' ');
    return text.replace(
      new RegExp(`(${directive} [^;\\n]*)'unsafe-inline'`, 'g'),
      (_, before: string) => `${before}${list}`.trim(),
    );
  };
  return tighten('style-src', styleHashes)(tighten('script-src', hashes)(headers));
}
