/** `2023-04-16` → `2023년 4월 16일` (no time zone involved: the date is a calendar date). */
export function formatKoreanDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}년 ${m}월 ${d}일`;
}
