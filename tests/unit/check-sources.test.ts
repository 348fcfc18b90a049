import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../helpers/content';

/**
 * The list of files the build publishes as they are (/posts/<slug>.md, /recordings/…) comes
 * from the content check.
 */
test('npm run check --sources lists the published posts’ files, into folders it creates', () => {
  const file = path.join(
    mkdtempSync(path.join(tmpdir(), 'daedam-sources-')),
    'not',
    'yet',
    'there.json',
  );
  const result = runCheck('tests/fixtures/site-posts', '--sources', file);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const folder = path.join(process.cwd(), 'tests/fixtures/site-posts');
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([
    { to: 'posts/panel-on-korean-nlp.md', path: path.join(folder, 'panel-on-korean-nlp.md') },
    { to: 'posts/hand-written.md', path: path.join(folder, 'hand-written.mdx') },
    { to: 'posts/plain-essay.md', path: path.join(folder, 'plain-essay.md') },
    { to: 'posts/photo-essay.md', path: path.join(folder, 'photo-essay.md') },
  ]);
});

test('a recorded post’s local recording is published under its content hash', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'daedam-sources-')), 'list.json');
  const result = runCheck('tests/fixtures/archive-posts', '--sources', file);
  expect(result.status).toBe(0);
  const listed = JSON.parse(readFileSync(file, 'utf8')) as Array<{ to: string; path: string }>;
  const wav = path.join(process.cwd(), 'tests/fixtures/archive-posts/audio/world-models.wav');
  const hash = createHash('sha256').update(readFileSync(wav)).digest('hex').slice(0, 16);
  expect(listed.filter((f) => f.to.startsWith('recordings/'))).toEqual([
    { to: `recordings/${hash}.wav`, path: wav },
  ]);
});
