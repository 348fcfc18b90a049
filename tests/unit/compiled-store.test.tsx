import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { sharedCompile } from '@/lib/markdown/compiled-store';
import { renderMarkdown } from '@/lib/markdown/render';
import { firstPostBody } from '../helpers/content';

describe('compiled bodies shared by the render workers of one build', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'daedam-mdx-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a body compiled once is read back, not compiled again, by the next page that needs it', async () => {
    const compile = counted('compiled A');
    expect(await sharedCompile(['md', {}, 'A'], compile, dir)).toBe('compiled A');
    expect(await sharedCompile(['md', {}, 'A'], compile, dir)).toBe('compiled A');
    expect(compile.calls).toBe(1);
    // Another input is another entry, never the first one's source.
    const other = counted('compiled B');
    expect(await sharedCompile(['md', {}, 'B'], other, dir)).toBe('compiled B');
    expect(await sharedCompile(['mdx', {}, 'A'], other, dir)).toBe('compiled B');
    expect(other.calls).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.js'))).toHaveLength(3);
    expect(readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });

  test('without a store (next dev, next build alone) every call compiles', async () => {
    const compile = counted('compiled');
    await sharedCompile(['md', {}, 'A'], compile, undefined);
    await sharedCompile(['md', {}, 'A'], compile, undefined);
    expect(compile.calls).toBe(2);
  });

  test('a compile that fails stores nothing and fails the page', async () => {
    await expect(
      sharedCompile(['md', {}, 'bad'], () => Promise.reject(new Error('bad MDX')), dir),
    ).rejects.toThrow('bad MDX');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a page rendered from a body another worker compiled is the page compiled afresh', async () => {
    const body = firstPostBody();
    const fresh = renderToStaticMarkup(await renderMarkdown({ body, format: 'md' }));
    const previous = process.env.MDX_STORE;
    process.env.MDX_STORE = dir;
    try {
      // A body this module has not compiled yet (its own memory would answer otherwise): the
      // first post with one more paragraph. Its compile goes to the store.
      const longer = `${body}\n\n한 문단 더.\n`;
      const compiled = renderToStaticMarkup(await renderMarkdown({ body: longer, format: 'md' }));
      expect(compiled).toContain('<p>한 문단 더.</p>');
      const [file] = readdirSync(dir);
      // Another worker stored the first post's compile (here: the longer body's under the first
      // post's key, so that what renders can only have come from the store).
      const stored = readFileSync(path.join(dir, file!), 'utf8');
      const other = `${body}\n\n다른 문단.\n`;
      await sharedCompile(['md', {}, other], async () => stored, dir);
      const read = renderToStaticMarkup(await renderMarkdown({ body: other, format: 'md' }));
      expect(read).toBe(compiled);
      expect(read).not.toBe(fresh);
      expect(read.replace('<p>한 문단 더.</p>', '')).toBe(fresh);
    } finally {
      if (previous === undefined) delete process.env.MDX_STORE;
      else process.env.MDX_STORE = previous;
    }
  });
});

function counted(source: string) {
  const compile = async () => {
    compile.calls++;
    return source;
  };
  compile.calls = 0;
  return compile;
}
