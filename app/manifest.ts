import type { MetadataRoute } from 'next';
import { sitePath, site } from '@/lib/site';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${site.name} — ${site.description}`,
    short_name: site.name,
    description: site.description,
    lang: site.locale,
    start_url: sitePath('/'),
    scope: sitePath('/'),
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f5fae',
    icons: [
      ...(site.icon ? [] : [{ src: sitePath('/icon.svg'), type: 'image/svg+xml', sizes: 'any' }]),
      { src: sitePath('/icon-192.png'), type: 'image/png', sizes: '192x192', purpose: 'any' },
      { src: sitePath('/icon-512.png'), type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
}
