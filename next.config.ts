import type { NextConfig } from 'next';
import { site } from './lib/site';

// A static export: `next build` writes the whole site to out/, which any static host serves.
const nextConfig: NextConfig = {
  output: 'export',
  basePath: site.basePath || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
