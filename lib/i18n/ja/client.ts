import type { ClientText } from '../ko/client';

/** The words of the browser modules (client/), in Japanese. */
export const client: ClientText = {
  linkCopied: 'リンクをコピーしました',
  linkCopyFailed: 'コピーできませんでした。アドレスバーのリンクをコピーしてください',
  quoteCopied: '引用文とリンクをコピーしました',
  quoteCopyFailed: 'コピーできませんでした。本文を直接コピーしてください',
  quoteShare: '引用を共有',
  searchFailed: '検索インデックスを読み込めませんでした。しばらくしてからもう一度お試しください。',
  searchLoading: '検索インデックスを読み込んでいます…',
  searchNothing: (query) => `「${query}」に一致する質問や回答はありません`,
  searchCount: (n) => `${n}件`,
  searchMore: (shown, total) => `さらに表示 (${shown} / ${total})`,
  listen: '聴く',
  watch: '見る',
  sharedMoment: (time, verb) => `共有された場面 ${time}から${verb}`,
  theme: {
    system: 'システム設定',
    light: 'ライト',
    dark: 'ダーク',
    button: (current, next) => `表示テーマ: ${current}（押すと${next}に切り替え）`,
  },
  videoFrame: (platform) => `インタビュー動画 (${platform})`,
};
