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

/** Page numbers for a static export route: 2…N, or [1] when there is a single page (a static
 * export route must produce at least one page; /page/1 then repeats the first page). */
export function extraPages(total: number, size = PAGE_SIZE): number[] {
  const pages = pageCount(total, size);
  return pages > 1 ? Array.from({ length: pages - 1 }, (_, i) => i + 2) : [1];
}
