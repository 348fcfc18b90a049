// @ts-check
/**
 * Compiles the browser's TypeScript (client/) into public/assets/, which Next copies into the
 * export. Each entry is one small ES module: `enhance` on every page, `search` on the search
 * page only. File names carry a content hash, so hosts may cache them for good;
 * lib/client-assets.ts finds the current names when the pages render.
 *
 *   node scripts/build-client.mjs            production build (minified, hashed names)
 *   node scripts/build-client.mjs --watch    for `npm run dev`: plain names, rebuilt on change
 */
import { mkdirSync, rmSync } from 'node:fs';
import { context, build } from 'esbuild';

export const ASSETS_DIR = 'public/assets';
const ENTRIES = { enhance: 'client/enhance.ts', search: 'client/search-page.ts' };

/**
 * `language`: the interface's (site.yaml); the modules import their words as `@ui-text`, and
 * only that language's catalogue is bundled (lib/i18n/<language>/client.ts).
 * @param {{ watch?: boolean, language?: string }} [options]
 */
export async function buildClient({ watch = false, language = 'ko' } = {}) {
  rmSync(ASSETS_DIR, { recursive: true, force: true });
  mkdirSync(ASSETS_DIR, { recursive: true });
  /** @type {import('esbuild').BuildOptions} */
  const options = {
    entryPoints: ENTRIES,
    outdir: ASSETS_DIR,
    entryNames: watch ? '[name]' : '[name]-[hash]',
    bundle: true,
    format: 'esm',
    // Every browser with module scripts and optional chaining; older ones get the HTML alone.
    target: ['es2020'],
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    alias: { '@ui-text': `./lib/i18n/${language}/client.ts` },
  };
  if (watch) {
    const ctx = await context(options);
    await ctx.watch();
    return ctx;
  }
  const result = await build(options);
  return result.metafile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const watch = process.argv.includes('--watch');
  const metafile = await buildClient({ watch });
  if (!watch && metafile && 'outputs' in metafile) {
    for (const [file, { bytes }] of Object.entries(metafile.outputs))
      console.log(`client script ${file}: ${bytes} bytes`);
  }
}
