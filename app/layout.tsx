import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';
import { HeaderTools } from '@/components/site/HeaderTools';
import { clientScript, ENHANCE_LOADER } from '@/lib/client-assets';
import { siteMetadata } from '@/lib/seo/metadata';
import { site, sitePath } from '@/lib/site';
import { speculationRules } from '@/lib/speculation';
import { THEME_SCRIPT } from '@/lib/theme';

export const metadata: Metadata = siteMetadata();

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#17181b' },
  ],
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme on <html> before the first paint (and, in `next dev`,
    // before React hydrates). The export keeps only the scripts marked data-keep (the theme
    // script and the enhancements' loader), our modules and the speculation rules
    // (pipeline/remove-runtime.ts).
    <html lang="ko" suppressHydrationWarning>
      <head>
        <script data-keep="" dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* The enhancements wait for the page, not the page for them (lib/client-assets.ts). */}
        <script
          data-keep=""
          data-module={clientScript('enhance')}
          dangerouslySetInnerHTML={{ __html: ENHANCE_LOADER }}
        />
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: speculationRules() }} />
      </head>
      <body>
        <a className="skip-link" href="#content">
          본문으로 건너뛰기
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="site-name">
              {site.name}
            </Link>
            <span className="site-tagline">{site.description}</span>
            <HeaderTools searchAction={sitePath('/search')} />
          </div>
        </header>
        <main id="content" tabIndex={-1} className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              <Link href="/people">사람들</Link>
            </p>
            <p>© {site.name} · 인터뷰의 저작권은 각 원문에 있습니다.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
