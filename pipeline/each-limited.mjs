// @ts-check
/**
 * Runs `task` on every item with at most `limit` in flight: file reads and writes overlap
 * (a build's thousands of small files, awaited one by one, left the CPU idle) while any
 * synchronous work takes turns.
 * @template T @param {T[]} items @param {number} limit @param {(item: T) => Promise<void>} task
 */
export async function eachLimited(items, limit, task) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(/** @type {T} */ (items[next++]));
  });
  await Promise.all(lanes);
}
