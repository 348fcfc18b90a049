import { toString } from 'mdast-util-to-string';
import { applyInterview } from '@/lib/interview/remark-interview';
import { parseMarkdown } from '@/lib/markdown/pipeline';
import { documentText } from '@/lib/markdown/plain-text';
import { recordingIn } from '@/lib/recordings/media';
import { formatTime, leadingTime, parseTime, vttTime } from '@/lib/recordings/time';

/** Issue 29: a question or answer may start with its moment in the recording. */
const structure = (markdown: string, format: 'md' | 'mdx' = 'md') => {
  const tree = parseMarkdown(markdown, format);
  return { tree, summary: applyInterview(tree) };
};

describe('times as a writer marks them', () => {
  test.each([
    ['0:05', 5],
    ['12:34', 754],
    ['1:02:03', 3723],
    ['123:00', 7380],
  ])('[%s] is %i seconds', (written, seconds) => {
    expect(parseTime(written)).toBe(seconds);
  });

  test.each(['3:7', '1:75', '1:2:3', '1:60:00', ':30', '1::30'])('[%s] is not a time', (w) => {
    expect(parseTime(w)).toBeNull();
    expect(leadingTime(`[${w}] 기자: 질문`)).toMatchObject({ ok: false, written: w });
  });

  test('a bracket without a colon is text, not a time', () => {
    expect(leadingTime('[웃음] 그렇습니다')).toBeNull();
    expect(leadingTime('[1] 기자: 번호를 붙인 질문')).toBeNull();
    expect(parseTime('12')).toBeNull();
  });

  test('formatted as readers and WebVTT read them', () => {
    expect(formatTime(754)).toBe('12:34');
    expect(formatTime(3723)).toBe('1:02:03');
    expect(formatTime(5)).toBe('0:05');
    expect(vttTime(3723.5)).toBe('01:02:03.500');
  });
});

describe('timed blocks', () => {
  const markdown = [
    '**[0:02] 기자: 세계 모델이란 무엇입니까?**',
    '[0:05] LeCun: 세상이 어떻게 움직이는지 예측하는 모형입니다.',
    '더 말하자면 이렇습니다.',
    '**기자: 시간 없는 질문도 됩니까?**',
    'LeCun: 됩니다.',
    '**[1:02:03] 기자: 마지막 질문입니다?**',
    '[1:02:10] **LeCun:** 강조된 이름표도 됩니다.',
  ].join('\n\n');
  const { tree, summary } = structure(markdown);

  test('the time is the block’s, not part of its text anywhere', () => {
    expect(summary.questions.map((q) => [q.text, q.time])).toEqual([
      ['세계 모델이란 무엇입니까?', 2],
      ['시간 없는 질문도 됩니까?', undefined],
      ['마지막 질문입니다?', 3723],
    ]);
    expect(summary.questions.map((q) => q.answers.map((a) => [a.speaker, a.time]))).toEqual([
      [['LeCun', 5]],
      [['LeCun', undefined]],
      [['LeCun', 3730]],
    ]);
    expect(summary.questions[0]!.answers[0]!.text).toBe(
      '세상이 어떻게 움직이는지 예측하는 모형입니다.\n\n더 말하자면 이렇습니다.',
    );
    const text = documentText(tree);
    expect(text).not.toMatch(/\[\d|0:02|0:05|1:02/);
    expect(toString(tree)).not.toContain('[');
  });

  test('each timed block carries its time to the page', () => {
    const qa = tree.children.filter((n) => n.type === 'interviewQa');
    expect(qa.map((q) => q.children.map((part) => part.data.hProperties.time))).toEqual([
      [2, 5],
      [undefined, undefined],
      [3723, 3730],
    ]);
    expect(summary.times).toEqual([
      { time: 2, line: 1 },
      { time: 5, line: 3 },
      { time: 3723, line: 11 },
      { time: 3730, line: 13 },
    ]);
    expect(summary.timeIssues).toBeUndefined();
  });

  test('an untimed interview is unchanged', () => {
    const plain = structure('**기자: 질문?**\n\nLeCun: 답.').summary;
    expect(plain.times).toBeUndefined();
    expect(plain.questions[0]).not.toHaveProperty('time');
  });

  test('<Question time> and <Answer time> in an .mdx post', () => {
    const { summary: mdx } = structure(
      '<Question speaker="기자" time="1:00">질문?</Question>\n\n<Answer speaker="LeCun" time="1:05">답.</Answer>',
      'mdx',
    );
    expect(mdx.questions[0]!.time).toBe(60);
    expect(mdx.questions[0]!.answers[0]!.time).toBe(65);
  });

  test('a malformed time and a time that goes back are reported with their lines', () => {
    const { summary: bad } = structure(
      '**[0:10] 기자: 질문?**\n\n[0:1] LeCun: 답.\n\n**[0:05] 기자: 또?**\n\nLeCun: 답.',
    );
    expect(bad.timeIssues).toEqual([
      expect.objectContaining({ line: 3, message: '"[0:1]" is not a time' }),
      expect.objectContaining({
        line: 5,
        message: expect.stringContaining('the time 0:05 comes before the time above it (0:10)'),
      }),
    ]);
  });
});

describe('the recording a post names', () => {
  test('a file beside the post, resolved against its folder', () => {
    expect(recordingIn({ audio: 'audio/talk.mp3' }, 'series/post.md')).toEqual({
      recording: {
        kind: 'audio',
        src: 'audio/talk.mp3',
        type: 'audio/mpeg',
        file: 'series/audio/talk.mp3',
      },
      issues: [],
    });
  });

  test('an https URL of a media file', () => {
    expect(recordingIn({ video: 'https://cdn.example/t.mp4?x=1' }, 'p.md').recording).toEqual({
      kind: 'video',
      src: 'https://cdn.example/t.mp4?x=1',
      type: 'video/mp4',
    });
  });

  test.each([
    [{ audio: 'talk.xyz' }, 'audio', 'is not a kind of audio file browsers play'],
    [{ audio: 'talk.m4v' }, 'audio', 'is not a kind of audio file browsers play'],
    [
      { audio: 'http://example.com/a.mp3' },
      'audio',
      'is neither a file beside the post nor an https URL',
    ],
    [{ audio: '../outside.mp3' }, 'audio', 'is outside the content folder'],
    [{ audio: 'a.mp3', video: 'b.mp4' }, 'video', 'a post has one recording'],
  ])('%j is refused', (meta, field, message) => {
    const { recording, issues } = recordingIn(meta, 'post.md');
    expect(recording).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'post.md',
        field,
        message: expect.stringContaining(message),
      }),
    ]);
  });
});
