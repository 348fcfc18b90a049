import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteDir } from '../helpers/site';

/** Every file of a folder with its SHA-256 and mtime: "byte for byte" and "not even touched". */
function fingerprint(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const hash = createHash('sha256').update(readFileSync(full)).digest('hex');
        result[path.relative(root, full)] = `${hash} ${statSync(full).mtimeMs}`;
      }
    }
  };
  walk(root);
  return result;
}

test.each([
  ['mdx-import', 'post.mdx:5:1: import/export statements are not allowed'],
  // A 27 KB file that decodes to 225 megapixels: refused from its header, nothing decoded.
  ['picture-bomb', 'post.md:6: the picture "huge.png" is 15000×15000 pixels'],
])(
  'a build with invalid content (%s) fails and leaves the previous export untouched',
  (fixture, message) => {
    const outDir = path.relative(process.cwd(), siteDir('fixtures'));
    const before = fingerprint(outDir);
    expect(Object.keys(before).length).toBeGreaterThan(10);

    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: outDir, POSTS_DIR: `tests/fixtures/broken/${fixture}` },
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`The build stopped before touching ${outDir}/`);
    expect(fingerprint(outDir)).toEqual(before);
  },
);
