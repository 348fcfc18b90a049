import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { site } from './lib/site';

// A static export: `next build` writes the whole site to out/, which any static host serves.
const nextConfig: NextConfig = {
  output: 'export',
  // OUT_DIR builds a second site beside out/ (tests, benchmarks); the default stays out/.
  distDir: process.env.OUT_DIR || undefined,
  basePath: site.basePath || undefined,
  images: { unoptimized: true },
  // The build checks the site's own code; tests are checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  poweredByHeader: false,
  // The share cards' renderer is a native addon (lib/og/render.ts): loaded by Node, not bundled.
  serverExternalPackages: ['@napi-rs/canvas'],
  reactStrictMode: true,
  experimental: {
    // Next renders pages in (cores − 1) workers: one on a two-core machine, leaving a core
    // idle while the main process waits. Every core renders (bench/README.md: build scaling).
    cpus: Math.max(1, availableParallelism()),
  },
};

export default nextConfig;
