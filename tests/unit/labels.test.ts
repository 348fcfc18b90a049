import { matchLabel } from '@/lib/interview/labels';

describe('speaker labels', () => {
  test.each([
    ["Barron's: ChatGPT와", "Barron's"],
    ['LeCun: 초강력', 'LeCun'],
    ['기자：질문입니다', '기자'],
    ['얀 르쿤: 네', '얀 르쿤'],
    ['Q: 무엇인가요?', 'Q'],
  ])('%s → %s', (text, speaker) => {
    expect(matchLabel(text)?.speaker).toBe(speaker);
  });

  test.each([
    'https://t.co/x',
    '10:30에 시작했습니다',
    '그는 이렇게 말했습니다, 즉: 아니다',
    '이것은 아주 긴 문장이라서 사람 이름일 수가 없고 여러 단어로 이루어져 있습니다: 그렇다',
    '콜론이 없는 문장',
  ])('not a label: %s', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});
