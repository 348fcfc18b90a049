import type { ReactNode } from 'react';

// The floor: the smallest App Router page of the same Next.js version, exported statically.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body>{children}</body>
    </html>
  );
}
