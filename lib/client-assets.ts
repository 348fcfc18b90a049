import { readdirSync } from 'node:fs';
import path from 'node:path';
import { sitePath } from '@/lib/site';

/**
 * The URL of a compiled browser module (scripts/build-client.mjs writes them into
 * public/assets/ as `<name>-<hash>.js`, or `<name>.js` while `npm run dev` watches).
 */
export type ClientEntry = 'enhance' | 'search';

const ASSETS = path.join(process.cwd(), 'public', 'assets');

export function clientScript(entry: ClientEntry): string {
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
  return sitePath(`/assets/${file}`);
}
