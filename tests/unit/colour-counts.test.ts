import { ColourCounts } from '@/lib/og/colour-counts';

describe('colour counts of a card', () => {
  test('adds up the pixels of each colour and orders them most first, ties as first seen', () => {
    const counts = new ColourCounts();
    counts.add(0xfbfaf7, 500);
    counts.add(0x14213d, 20);
    counts.add(0x1f5fae, 20);
    counts.add(0x14213d, 5);
    counts.add(0x000000, 20);
    expect(counts.size).toBe(4);
    expect(counts.byCount()).toEqual([0xfbfaf7, 0x14213d, 0x1f5fae, 0x000000]);
    expect(counts.colours()).toEqual([0xfbfaf7, 0x14213d, 0x1f5fae, 0x000000]);
  });

  test('keeps every colour and its count when it grows past its first capacity', () => {
    const counts = new ColourCounts(8);
    // Colour i × 3 has i + 1 pixels, added in two halves on either side of the growths.
    for (let half = 0; half < 2; half++)
      for (let i = 0; i < 5000; i++) counts.add(i * 3, (i + 1) / 2);
    expect(counts.size).toBe(5000);
    const order = counts.byCount();
    expect(order).toEqual(Array.from({ length: 5000 }, (_, i) => (4999 - i) * 3));
    expect(counts.capacity).toBeGreaterThanOrEqual(2 * counts.size);
  });
});
