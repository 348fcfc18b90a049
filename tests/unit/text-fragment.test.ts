import { directiveStart, edgeWords, encodePart, textDirective } from '@/client/text-fragment';

describe('text directives (URL Fragment Text Directives)', () => {
  test('"-", "&" and "," are percent-encoded, and so is Hangul', () => {
    expect(encodePart('R&D, start-up')).toBe('R%26D%2C%20start%2Dup');
    expect(encodePart('한국어-영어')).toBe('%ED%95%9C%EA%B5%AD%EC%96%B4%2D%EC%98%81%EC%96%B4');
  });

  test('a short quote is the whole textStart; a long one its first and last words', () => {
    expect(textDirective('GPT-4, 그리고 LLM & 검색.', 'ko')).toBe(
      `text=${encodePart('GPT-4, 그리고 LLM & 검색.')}`,
    );
    const long =
      '이와 같이 기본적으로 한 단어씩 예측하는 시스템은 학습한 통계와 주어진 프롬프트에 따라 결과가 달라지기 때문에 제어하거나 조정하기 어렵습니다.';
    expect(textDirective(long, 'ko')).toBe(
      `text=${encodePart('이와 같이 기본적으로 한 단어씩')},${encodePart('달라지기 때문에 제어하거나 조정하기 어렵습니다.')}`,
    );
  });

  test('a quote over two paragraphs starts in the first and ends in the last', () => {
    expect(textDirective('첫 문단의 말.\n둘째 문단의 말.', 'ko')).toBe(
      `text=${encodePart('첫 문단의 말.')},${encodePart('둘째 문단의 말.')}`,
    );
  });

  test('a prefix pins a start that occurs earlier in the page', () => {
    expect(textDirective('네.', 'ko', '그렇다면 답은')).toBe(
      `text=${encodePart('그렇다면 답은')}-,${encodePart('네.')}`,
    );
  });

  test('words are counted as the language segments them (Japanese has no spaces)', () => {
    const japanese = '次の単語を予測することを学んでいます。それだけでは世界を理解できません。';
    const start = edgeWords(japanese, 5, false, 'ja');
    expect(japanese.startsWith(start)).toBe(true);
    expect(start.length).toBeLessThan(japanese.length / 2);
    expect(directiveStart(textDirective(japanese, 'ja'))).toBe(start);
  });

  test('the start of a directive, decoded, skipping a prefix', () => {
    expect(
      directiveStart(`text=${encodePart('앞말')}-,${encodePart('인용, 시작')},${encodePart('끝')}`),
    ).toBe('인용, 시작');
    expect(directiveStart('text=%E0%A4%A')).toBeNull();
    expect(directiveStart('other=1')).toBeNull();
  });
});
