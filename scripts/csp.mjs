// @ts-check
/**
 * A per-page Content-Security-Policy. Next.js inlines small scripts in every exported page
 * (the React Server Components payload), so a site-wide header could only allow them all with
 * 'unsafe-inline'. Instead each page gets a <meta http-equiv> policy listing the SHA-256 of
 * exactly the inline scripts it carries: no other inline script, injected or not, can run.
 * public/_headers adds the directives a meta policy cannot carry (frame-ancestors).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** @param {string} html */
export function policyFor(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' https:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** @param {string} html */
export function withCsp(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}"/>`;
  // Right after the charset, before any script, so it governs all of them.
  return html.replace(/<head>(<meta charSet="utf-8"\/>)?/i, (head) => `${head}${meta}`);
}

/** Adds the policy to every .html file under `root`. @param {string} root */
export async function addCspToExport(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  let pages = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = await readFile(file, 'utf8');
    await writeFile(file, withCsp(html));
    pages += 1;
  }
  return pages;
}
