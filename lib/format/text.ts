/** Collapses whitespace and cuts `text` to at most `max` characters at a word boundary. */
export function truncateAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A very long first "word" (a URL, unspaced CJK) is cut where it is.
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:·]+$/, '')}…`;
}
