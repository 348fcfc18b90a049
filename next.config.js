// @ts-check
import { availableParallelism } from 'node:os';
import { normalizeBasePath } from './lib/base-path.js';

/**
 * A static export: `next build` writes the whole site to out/, which any static host serves.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  // The build (pipeline/build.ts) has Next export into one fixed folder whatever site it
  // builds, and moves it: Turbopack's build cache is keyed on the whole config, distDir
  // included, so a folder per site compiled everything again (bench/README.md).
  distDir: process.env.NEXT_EXPORT_DIR || undefined,
  basePath: normalizeBasePath(process.env.BASE_PATH) || undefined,
  images: { unoptimized: true },
  // Types are checked by `npm run typecheck` (part of `npm test` and CI), over the site, the
  // scripts and the tests; a publisher's build checks content, not code (Next's own check sat
  // on the build's critical path: bench/README.md).
  typescript: { tsconfigPath: 'tsconfig.build.json', ignoreBuildErrors: true },
  poweredByHeader: false,
  // The share cards' renderer is a native addon (lib/og/render.ts): loaded by Node, not bundled.
  serverExternalPackages: ['@napi-rs/canvas'],
  reactStrictMode: true,
  experimental: {
    // Next renders pages in (cores − 1) workers: one on a two-core machine, leaving a core
    // idle while the main process waits. Every core renders (bench/README.md).
    cpus: Math.max(1, availableParallelism()),
    // Next measures the gzip size of every page segment to decide which prefetch responses to
    // inline. The export ships no router and its prefetch files are deleted, so that work
    // only cost time (bench/README.md).
    prefetchInlining: false,
  },
};

export default nextConfig;
