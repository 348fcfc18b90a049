import { parse } from 'node-html-parser';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '@/components/markdown/mdxComponents';
import { renderMarkdown } from '@/lib/markdown/render';
import { expectFaithful, firstPostBody, sentencesOf } from '../helpers/content';

async function html(body: string, format: 'md' | 'mdx' = 'md', interview = {}) {
  return renderToStaticMarkup(await renderMarkdown({ body, format, interview }, mdxComponents));
}

describe('rendering the first post', () => {
  let root: ReturnType<typeof parse>;
  beforeAll(async () => {
    root = parse(await html(firstPostBody()));
  });

  test('every sentence of the source appears exactly once, in order', () => {
    expectFaithful(root.textContent, sentencesOf(firstPostBody()).sentences);
  });

  test('each Q&A is a section q-N labelled by its question heading', () => {
    const sections = root.querySelectorAll('section.qa');
    expect(sections.map((s) => s.id)).toEqual(['q-1', 'q-2', 'q-3', 'q-4', 'q-5', 'q-6', 'q-7']);
    for (const section of sections) {
      const heading = section.querySelector('h2.question')!;
      expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
      expect(heading.querySelector('.speaker')!.textContent).toBe("Barron's: ");
      expect(section.querySelector('.answer > .speaker')!.textContent).toBe('LeCun: ');
    }
  });

  test('the answer label is shown as a badge, not repeated in the text', () => {
    const first = root.querySelector('#q-1 .answer p')!;
    expect(first.textContent.startsWith('초강력 예측 키보드라고')).toBe(true);
  });

  test('the lead is a standfirst and the source URL leaves the body', () => {
    expect(root.querySelector('p.lead')!.textContent).toMatch(/^LeCun은 AI 업계에서/);
    expect(root.toString()).not.toContain('t.co/CIU4E5NLC8');
  });
});

describe('rendering rules', () => {
  test('hand-written <Question>/<Answer> in MDX give the same HTML as detected Markdown', async () => {
    const markdown =
      "**Barron's: 무엇을 하시나요?**\n\nLeCun: 연구합니다.\n\n- 목록 하나\n- 목록 둘";
    const mdx =
      '<Question speaker="Barron\'s">무엇을 하시나요?</Question>\n\n' +
      '<Answer speaker="LeCun">\n\n연구합니다.\n\n- 목록 하나\n- 목록 둘\n\n</Answer>';
    expect(await html(mdx, 'mdx')).toBe(await html(markdown));
  });

  test('Korean braces in a .md post are text, not JavaScript', async () => {
    expect(await html('이건 {중괄호} 입니다.')).toContain('{중괄호}');
  });

  test('raw HTML is shown as text, never as markup', async () => {
    const out = await html('<img src=x onerror="alert(1)">\n\n문단 <b onclick="x()">굵게</b> 끝.');
    expect(out).not.toMatch(/<img|<b /);
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(out).toContain('굵게');
  });

  test('<br> alone is kept as a line break', async () => {
    expect(await html('첫 줄<br>둘째 줄')).toBe('<p>첫 줄<br/>\n둘째 줄</p>');
  });

  test('only safe links become links; external ones get noopener', async () => {
    const out = parse(
      await html(
        '[나쁜](javascript:alert(1)) [외부](https://example.com) [내부](/posts/a) [메일](mailto:a@b.c)',
      ),
    );
    expect(out.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com',
      '/posts/a',
      'mailto:a@b.c',
    ]);
    expect(out.querySelector('a[href^="https"]')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(out.textContent).toContain('나쁜');
  });

  test('a post without questions renders as an ordinary article', async () => {
    const out = parse(
      await html('## 소개\n\n**굵은 첫 문단**\n\n본문 [링크](https://example.com).'),
    );
    expect(out.querySelector('section.qa')).toBeNull();
    expect(out.querySelector('h2')!.id).toBe('소개');
    expect(out.querySelector('p strong')!.textContent).toBe('굵은 첫 문단');
  });
});
