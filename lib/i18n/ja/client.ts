import type { ClientText as Text } from '../ko/client';

/** The words of the browser modules (client/), in Japanese. */
export const linkCopied: Text['linkCopied'] = 'リンクをコピーしました';

export const linkCopyFailed: Text['linkCopyFailed'] =
  'コピーできませんでした。アドレスバーのリンクをコピーしてください';

export const quoteCopied: Text['quoteCopied'] = '引用文とリンクをコピーしました';

export const quoteCopyFailed: Text['quoteCopyFailed'] =
  'コピーできませんでした。本文を直接コピーしてください';

export const quoteShare: Text['quoteShare'] = '引用を共有';

export const searchFailed: Text['searchFailed'] =
  '検索インデックスを読み込めませんでした。しばらくしてからもう一度お試しください。';

export const searchLoading: Text['searchLoading'] = '検索インデックスを読み込んでいます…';

export const searchNothing: Text['searchNothing'] = (query) =>
  `「${query}」に一致する質問や回答はありません`;

export const searchCount: Text['searchCount'] = (n) => `${n}件`;

export const searchMore: Text['searchMore'] = (shown, total) => `さらに表示 (${shown} / ${total})`;

export const listen: Text['listen'] = '聴く';

export const watch: Text['watch'] = '見る';

export const sharedMoment: Text['sharedMoment'] = (time, verb) =>
  `共有された場面 ${time}から${verb}`;

export const theme: Text['theme'] = {
  system: 'システム設定',
  light: 'ライト',
  dark: 'ダーク',
  button: (current, next) => `表示テーマ: ${current}（押すと${next}に切り替え）`,
};

export const videoFrame: Text['videoFrame'] = (platform) => `インタビュー動画 (${platform})`;
