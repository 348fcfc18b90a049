/**
 * The words of the browser modules (client/), in Korean: one export each, so that a module
 * bundles only the words it uses (scripts/build-client.mjs bundles one language).
 */
export const linkCopied: string = '링크를 복사했습니다';

export const linkCopyFailed: string = '복사하지 못했습니다. 주소창의 링크를 복사해 주세요';

export const quoteCopied: string = '인용문과 링크를 복사했습니다';

export const quoteCopyFailed: string = '복사하지 못했습니다. 글을 직접 복사해 주세요';

export const quoteShare: string = '인용 공유';

export const searchFailed: string = '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.';

export const searchLoading: string = '검색 색인을 불러오는 중입니다…';

export const searchNothing = (query: string) => `‘${query}’에 맞는 질문이나 답이 없습니다`;

export const searchCount = (n: number) => `결과 ${n}개`;

export const searchMore = (shown: number, total: number) => `결과 더 보기 (${shown} / ${total})`;

export const listen: string = '듣기';

export const watch: string = '보기';

export const sharedMoment = (time: string, verb: string) => `공유된 순간 ${time}부터 ${verb}`;

export const theme = {
  system: '시스템 설정',
  light: '밝게',
  dark: '어둡게',
  button: (current: string, next: string) => `화면 테마: ${current} (눌러서 ${next}로 바꾸기)`,
};

export const videoFrame = (platform: string) => `인터뷰 영상 (${platform})`;

export type ClientText = typeof import('./client');
