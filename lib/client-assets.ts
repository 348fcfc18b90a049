import { readdirSync } from 'node:fs';
import path from 'node:path';
import { sitePath } from '@/lib/site';

/**
 * The URL of a compiled browser module (scripts/build-client.mjs writes them into
 * public/assets/ as `<name>-<hash>.js`, or `<name>.js` while `npm run dev` watches).
 */
export type ClientEntry = 'enhance' | 'search';

/**
 * The inline script that imports a page's enhancements once the page has loaded (its images
 * included) and painted, from the URL in its `data-module` attribute. A module asked for in
 * <head>, even at low priority, held the largest paint back, and so did one asked for at `load`
 * when that came before the cover photo's paint (bench/README.md, "Pictures"): the next frame,
 * then a task. The enhancements only add to a page that works without them. Fixed text, so
 * every page's CSP lists one hash for it. client/enhance.ts marks `<html data-enhanced>` when
 * they have run.
 */
export const ENHANCE_LOADER =
  'var m=document.currentScript.dataset.module;addEventListener("load",function(){requestAnimationFrame(function(){setTimeout(function(){import(m)})})})';

const ASSETS = path.join(process.cwd(), 'public', 'assets');

const found = new Map<ClientEntry, string>();

export function clientScript(entry: ClientEntry): string {
  // Once per process in a build (every page asks); `next dev` rebuilds them, so look again.
  const known = process.env.NODE_ENV === 'production' ? found.get(entry) : undefined;
  if (known) return known;
  let files: string[] = [];
  try {
    files = readdirSync(ASSETS);
  } catch {
    // Reported below with the way out.
  }
  const file = files.find((name) => new RegExp(`^${entry}(-[\\w]+)?\\.js$`).test(name));
  if (!file) {
    throw new Error(
      `public/assets/ has no compiled "${entry}" script: run \`npm run build\` (or ` +
        '`node scripts/build-client.mjs`) instead of calling `next build` directly.',
    );
  }
  const url = sitePath(`/assets/${file}`);
  found.set(entry, url);
  return url;
}
