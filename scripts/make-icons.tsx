/**
 * Draws the PNG icons in public/ from the same mark as public/icon.svg. Run it after changing
 * the mark: `npx tsx scripts/make-icons.tsx` (the PNGs are committed; builds do not redraw).
 */
import { writeFileSync } from 'node:fs';
import { ImageResponse } from 'next/og';

const MARK = (size: number, radius: number) => (
  <div
    style={{
      width: '100%',
      height: '100%',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      background: '#1f5fae',
      borderRadius: radius,
    }}
  >
    <svg width={size * 0.78} height={size * 0.78} viewBox="0 0 64 64">
      <path
        d="M14 18h24a6 6 0 0 1 6 6v10a6 6 0 0 1-6 6H26l-8 7v-7h-4a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6z"
        fill="#fff"
      />
      <path
        d="M46 26h4a6 6 0 0 1 6 6v8a6 6 0 0 1-6 6h-2v6l-7-6h-9"
        fill="none"
        stroke="#fff"
        strokeWidth="3.5"
        strokeLinejoin="round"
      />
    </svg>
  </div>
);

// Apple draws its own rounded corners; the manifest icons are maskable-safe squares.
for (const [file, size, radius] of [
  ['apple-touch-icon.png', 180, 0],
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
] as const) {
  const png = Buffer.from(
    await new ImageResponse(MARK(size, radius), { width: size, height: size }).arrayBuffer(),
  );
  writeFileSync(`public/${file}`, png);
  console.log(`public/${file}: ${png.length} bytes`);
}
