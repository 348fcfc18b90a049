import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { xmlSafe } from '@/lib/feed/rss';
import { ENHANCE_LOADER } from '@/lib/client-assets';
import { THEME_SCRIPT } from '@/lib/theme';
import { allHtmlFiles, failuresOf, page, siteDir, SITES, textOf } from '../helpers/site';

/**
 * tests/fixtures/hostile-posts carries script tags, event handlers and javascript:/data: URLs
 * in every field and in the body. Nothing of it may be executable in the export, and none of
 * the text around it may be lost.
 */
const files = allHtmlFiles('hostile');
const BASE = SITES.hostile.env.BASE_PATH ?? '';
const routeOf = (file: string) => `/${file.replace(/\.html$/, '')}`;

describe('hostile content in every page', () => {
  // One test a check, listing every page it fails on.
  const onEveryPage = (check: (root: ReturnType<typeof page>) => void) =>
    failuresOf(files, (file) => check(page('hostile', routeOf(file))));

  test('every script is one of ours: the theme script, our modules, speculation rules, JSON-LD', async () => {
    const failures = await onEveryPage((root) => {
      for (const script of root.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        if (src) {
          // The compiled modules of client/, nothing of the framework (under the base path
          // this site is built with).
          expect(src).toMatch(new RegExp(`^${BASE}/assets/(enhance|search)-\\w+\\.js$`));
          expect(script.getAttribute('type')).toBe('module');
          continue;
        }
        const type = script.getAttribute('type');
        if (type === 'application/ld+json' || type === 'speculationrules') {
          // Inert JSON with every `<` escaped, so no text can close the script element.
          expect(script.textContent).not.toContain('<');
          expect(() => JSON.parse(script.textContent)).not.toThrow();
          continue;
        }
        // Ours, fixed text: the theme script, or the loader of the same compiled module.
        const loaded = script.getAttribute('data-module');
        if (loaded !== undefined) {
          expect(loaded).toMatch(new RegExp(`^${BASE}/assets/enhance-\\w+\\.js$`));
          expect(script.textContent).toBe(ENHANCE_LOADER);
          continue;
        }
        expect(script.textContent).toBe(THEME_SCRIPT);
      }
    });
    expect(failures).toEqual([]);
  });

  test('no event handler attributes, no script URLs, no embedded frames or styles', async () => {
    const failures = await onEveryPage((root) => {
      for (const element of root.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name.toLowerCase().startsWith('on') ? `${element.tagName} ${name}` : '').toBe('');
          if (
            ['href', 'src', 'action', 'formaction', 'poster', 'data', 'data-module'].includes(
              name.toLowerCase(),
            )
          ) {
            expect(value.trim()).not.toMatch(/^(javascript|data|vbscript):/i);
          }
        }
      }
      expect(root.querySelectorAll('iframe, object, embed, body style, body link')).toHaveLength(0);
    });
    expect(failures).toEqual([]);
  });
});

describe('the hostile post keeps all of its text', () => {
  const root = page('hostile', '/posts/hostile-interview');
  const main = textOf(root.querySelector('main'));

  test.each([
    '<script>window.__pwned = "title"</script> 제목 </title><script>window.__pwned = "title2"</script>',
    '<img src=x onerror="window.__pwned = \'question\'"> 질문에 태그가 들어 있나요?',
    '위험한 링크 그리고 <a href="javascript:window.__pwned=\'a\'">태그 링크</a> 그리고 데이터 링크 그리고 VB 입니다.',
    "<script>window.__pwned = 'block script'</script>",
    '<div onclick="window.__pwned = \'div\'">디브 안의 글</div>',
    '<style>body { display: none }</style>',
    '위험한 사진',
    '이 문장은 마지막까지 남아 있어야 합니다.',
  ])('shows %s as text', (text) => {
    expect(main).toContain(text);
  });

  test('hostile frontmatter is escaped in the title and description meta tags', () => {
    expect(root.querySelector('title')!.textContent).toContain('</title><script>');
    expect(root.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(
      '설명 </script><script>window.__pwned = "description"</script> 끝',
    );
  });
});

describe('characters XML forbids, pasted into a post', () => {
  const feed = readFileSync(path.join(siteDir('hostile'), 'feed.xml'), 'utf8');

  test('are left out of the RSS feed, which stays well-formed', () => {
    expect(feed).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(XMLValidator.validate(feed)).toBe(true);
    // The text around them is all there.
    expect(feed).toContain('보이지 않는 문자가 질문에 섞여도 피드가 읽히나요?');
    expect(feed).toContain('제어 문자가 섞인 인터뷰');
  });

  test('the JSON feed escapes them and parses', () => {
    const json = JSON.parse(readFileSync(path.join(siteDir('hostile'), 'feed.json'), 'utf8'));
    const item = json.items.find((i: { title: string }) => i.title === '제어 문자가 섞인 인터뷰');
    expect(item).toBeDefined();
  });

  test('lone surrogates and U+FFFE/FFFF go too; tab, newline and all other text stay', () => {
    expect(xmlSafe('a\uD800b\uDC00c\uFFFEd\uFFFFe')).toBe('abcde');
    expect(xmlSafe('😀 한\t글\n\r')).toBe('😀 한\t글\n\r');
  });
});
