import type { Root } from 'mdast';
import { answerText, applyInterview } from '@/lib/interview/remark-interview';
import { parseMarkdown as parseBody } from '@/lib/markdown/pipeline';
import { firstPostBody } from '../helpers/content';

function structure(markdown: string, options = {}, format: 'md' | 'mdx' = 'md') {
  const tree = parseBody(markdown, format);
  const summary = applyInterview(tree, options);
  return { tree, summary };
}

/** A compact picture of the restructured tree: node types, QA numbers and speakers. */
function outline(tree: Root): unknown[] {
  return tree.children.map((node) => {
    if (node.type === 'interviewQa') {
      return {
        qa: node.data.hProperties.n,
        parts: node.children.map((part) =>
          part.type === 'interviewQuestion'
            ? `Q(${part.data.hProperties.speaker ?? ''}, h${part.data.hProperties.level})`
            : `A(${part.data.hProperties.speaker ?? ''}, ${part.children.map((c) => c.type).join('+')})`,
        ),
      };
    }
    return node.type;
  });
}

describe('remark-interview on the first post', () => {
  const { tree, summary } = structure(firstPostBody());

  test('finds the source URL, the lead and all seven questions', () => {
    expect(summary.source).toBe('https://t.co/CIU4E5NLC8');
    expect(summary.lead).toMatch(/^LeCun은 AI 업계에서 가장 저명한 과학자/);
    expect(summary.questions.map((q) => q.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(summary.questions[0]!.text).toBe(
      'ChatGPT와 대규모 언어 모델(LLM)의 기술이 어떻게 작동하는지 설명해 주시겠습니까?',
    );
    expect(summary.questions.at(-1)!.text).toBe('언제 가능하나요?');
    expect(new Set(summary.questions.map((q) => q.speaker))).toEqual(new Set(["Barron's"]));
  });

  test('names LeCun as the answerer of every answer, labelled or not', () => {
    expect(summary.interviewee).toBe('LeCun');
    expect(summary.interviewer).toBe("Barron's");
    expect(summary.questions.map((q) => q.answerSpeaker)).toEqual(Array(7).fill('LeCun'));
    expect(answerText(summary.questions[0]!)).toMatch(/^초강력 예측 키보드라고/);
  });

  test('keeps multi-paragraph answers in one answer', () => {
    const fourth = outline(tree)[4];
    expect(fourth).toEqual({
      qa: 4,
      parts: ["Q(Barron's, h2)", 'A(LeCun, paragraph+paragraph+paragraph+paragraph+paragraph)'],
    });
    expect(outline(tree)[0]).toBe('interviewLead');
    expect(outline(tree)).toHaveLength(8);
  });
});

describe('remark-interview rules', () => {
  test('a post without questions is left exactly as it was', () => {
    const markdown =
      '**굵은 문단**\n\nhttps://example.com\n\n본문입니다. 기자: 이 문장은 대화가 아닙니다.\n';
    const { tree, summary } = structure(markdown);
    expect(summary).toEqual({ questions: [] });
    expect(tree).toEqual(parseBody(markdown, 'md'));
  });

  test('full-width colons, bold answer labels and several answerers', () => {
    const { tree, summary } = structure(
      [
        '**기자：두 분은 어떻게 만나셨나요?**',
        '**김철수:** 대학에서 만났습니다.',
        '이영희: 저는 기억이 다릅니다.',
        '그날은 비가 왔어요.',
      ].join('\n\n'),
    );
    expect(outline(tree)).toEqual([
      { qa: 1, parts: ['Q(기자, h2)', 'A(김철수, paragraph)', 'A(이영희, paragraph+paragraph)'] },
    ]);
    expect(summary.questions[0]).toMatchObject({
      speaker: '기자',
      text: '두 분은 어떻게 만나셨나요?',
    });
    expect(answerText(summary.questions[0]!)).toBe(
      '대학에서 만났습니다.\n\n저는 기억이 다릅니다.\n\n그날은 비가 왔어요.',
    );
  });

  test('headings and thematic breaks end an answer; question levels follow the headings', () => {
    const { tree } = structure(
      [
        '## 1부',
        '**Q: 첫 질문?**',
        '답입니다.',
        '---',
        '대담이 끝난 뒤의 후기입니다.',
        '## 2부',
        '**Q: 둘째 질문?**',
        '- 목록도',
        '- 답의 일부입니다',
        '| 표 | 값 |\n| --- | --- |\n| a | 1 |',
      ].join('\n\n'),
      { interviewee: '홍길동' },
    );
    expect(outline(tree)).toEqual([
      'heading',
      { qa: 1, parts: ['Q(Q, h3)', 'A(홍길동, paragraph)'] },
      'thematicBreak',
      'paragraph',
      'heading',
      { qa: 2, parts: ['Q(Q, h3)', 'A(홍길동, list+table)'] },
    ]);
  });

  test('a frontmatter source keeps a different bare URL in the text', () => {
    const { tree, summary } = structure('https://example.com/a\n\n**Q: 질문?**\n\n답.', {
      source: 'https://example.org/original',
    });
    expect(summary.source).toBeUndefined();
    expect(outline(tree)[0]).toBe('paragraph');
  });

  test('a question bolded in pieces is still one question', () => {
    const { summary } = structure("**Barron's:** **언제 가능하나요?**\n\n향후 5년 동안입니다.");
    expect(summary.questions).toEqual([
      expect.objectContaining({
        speaker: "Barron's",
        text: '언제 가능하나요?',
      }),
    ]);
    expect(summary.questions.map(answerText)).toEqual(['향후 5년 동안입니다.']);
  });

  test('a bold paragraph labelled with the interviewee is an emphasised answer', () => {
    const { tree, summary } = structure(
      "**Barron's: 가능한가요?**\n\nLeCun: 아닙니다.\n\n**LeCun: 절대 아닙니다.**\n\n**Barron's: 왜죠?**\n\n설명하겠습니다.",
    );
    expect(summary.questions.map((q) => q.text)).toEqual(['가능한가요?', '왜죠?']);
    expect(outline(tree)).toEqual([
      { qa: 1, parts: ["Q(Barron's, h2)", 'A(LeCun, paragraph)', 'A(LeCun, paragraph)'] },
      { qa: 2, parts: ["Q(Barron's, h2)", 'A(LeCun, paragraph)'] },
    ]);
  });

  test('a bold paragraph that is only a label is not a question', () => {
    const { summary } = structure('**참고:**\n\n본문.');
    expect(summary.questions).toHaveLength(0);
  });

  test('<Question> and <Answer> in MDX become the same nodes as Markdown', () => {
    const md = structure("**Barron's: 질문입니다?**\n\nLeCun: 답입니다.\n\n둘째 문단.");
    const mdx = structure(
      '<Question speaker="Barron\'s">질문입니다?</Question>\n\n<Answer speaker="LeCun">\n\n답입니다.\n\n둘째 문단.\n\n</Answer>',
      {},
      'mdx',
    );
    expect(outline(mdx.tree)).toEqual(outline(md.tree));
    expect(mdx.summary.questions).toEqual(md.summary.questions);
  });
});
