/**
 * The numbers of a post's questions, which are their links (`#q-N`, `/posts/<slug>/q/N`).
 * In reading order, except for questions added after the post was published (frontmatter
 * `addedQuestions: [3]`, by position): those take the next numbers after the last one, so a
 * `#q-3` link a reader shared last year still opens the answer it was shared for.
 *
 *   questionNumbers(5, [3]) → [1, 2, 5, 3, 4]
 */
export function questionNumbers(count: number, added: readonly number[] = []): number[] {
  const late = new Set(added.filter((position) => position >= 1 && position <= count));
  let early = 0;
  let next = count - late.size;
  return Array.from({ length: count }, (_, i) => (late.has(i + 1) ? ++next : ++early));
}
