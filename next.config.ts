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
  // Types are checked by `npm run typecheck` (part of `npm test` and CI), over the site, the
  // scripts and the tests; a publisher's build checks content, not code. Next's own check ran
  // on the build's critical path: 7–17 s at 1,000 posts (bench/README.md).
  typescript: { tsconfigPath: 'tsconfig.build.json', ignoreBuildErrors: true },
  poweredByHeader: false,
  // The share cards' renderer is a native addon (lib/og/render.ts): loaded by Node, not bundled.
  serverExternalPackages: ['@napi-rs/canvas'],
  reactStrictMode: true,
  experimental: {
    // Next renders pages in (cores − 1) workers: one on a two-core machine, leaving a core
    // idle while the main process waits. Every core renders (bench/README.md: build scaling).
    cpus: Math.max(1, availableParallelism()),
    // Next measures the gzip size of every page segment to decide which prefetch responses to
    // inline. The export ships no router and its prefetch files are deleted (scripts/
    // static-pages.mjs), so that work only cost time: ~8 % of a cold build at 1,000 posts.
    prefetchInlining: false,
  },
};

export default nextConfig;
