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
import { t } from '@/lib/i18n';
import { getSeries } from '@/lib/posts';

export const metadata: Metadata = siteMetadata();

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#17181b' },
  ],
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const hasSeries = (await getSeries()).length > 0;
  return (
    // The theme script sets data-theme on <html> before the first paint (and, in `next dev`,
    // before React hydrates). The export keeps only the scripts marked data-keep (the theme
    // script and the enhancements' loader), our modules and the speculation rules
    // (pipeline/remove-runtime.ts).
    <html lang={site.locale} suppressHydrationWarning>
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
          {t.site.skipLink}
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
            <nav aria-label={t.nav.label}>
              <Link href="/archive">{t.nav.archive}</Link>
              {hasSeries ? (
                <>
                  {' · '}
                  <Link href="/series">{t.nav.series}</Link>
                </>
              ) : null}
              {' · '}
              <Link href="/people">{t.nav.people}</Link>
            </nav>
            {site.links.length > 0 ? (
              <p className="site-links">
                {t.site.elsewhere}:{' '}
                {site.links.map((link, i) => (
                  <span key={link}>
                    {i > 0 ? ' · ' : ''}
                    <a href={link} rel="me">
                      {new URL(link).hostname.replace(/^www\./, '')}
                    </a>
                  </span>
                ))}
              </p>
            ) : null}
            <p>{t.site.rights(site.name)}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
