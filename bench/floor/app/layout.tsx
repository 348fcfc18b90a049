import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'AI 갓파더 얀 르쿤의 AI, LLM에 대한 인터뷰내용',
  description: '얀 르쿤 인터뷰 (벤치마크의 기준 페이지)',
};

// The floor: the smallest App Router page of the same Next.js, exported statically, showing
// the same text as our post page.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body>{children}</body>
    </html>
  );
}
