/**
 * Runs `task` on every item with at most `limit` in flight: file reads and writes overlap
 * (a build's thousands of small files, awaited one by one, left the CPU idle) while any
 * synchronous work takes turns.
 */
export async function eachLimited<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++] as T);
  });
  await Promise.all(lanes);
}
