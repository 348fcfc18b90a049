/** Listing pages show this many posts; listings stay the same size however large the archive. */
export const PAGE_SIZE = 20;

export interface PageOf<T> {
  items: T[];
  page: number;
  pages: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): PageOf<T> | undefined {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}

/** Page numbers of the `/page/<n>` routes: 2…N (page 1 is the listing's own URL). */
export function extraPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}
