import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The list of sources the build copies to /posts/<slug>.md comes from the content check. */
test('npm run check --sources lists the published posts’ files, into folders it creates', () => {
  const file = path.join(
    mkdtempSync(path.join(tmpdir(), 'daedam-sources-')),
    'not',
    'yet',
    'there.json',
  );
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/check-content.ts', '--sources', file],
    { encoding: 'utf8', env: { ...process.env, POSTS_DIR: 'tests/fixtures/site-posts' } },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const folder = path.join(process.cwd(), 'tests/fixtures/site-posts');
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([
    { slug: 'panel-on-korean-nlp', path: path.join(folder, 'panel-on-korean-nlp.md') },
    { slug: 'hand-written', path: path.join(folder, 'hand-written.mdx') },
    { slug: 'plain-essay', path: path.join(folder, 'plain-essay.md') },
    { slug: 'photo-essay', path: path.join(folder, 'photo-essay.md') },
  ]);
});
