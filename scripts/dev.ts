/**
 * `npm run dev`: Next's development server (hot reload; pages keep Next's runtime) for the pages,
 * the browser scripts rebuilt on change (esbuild watch), and every file the build publishes
 * beside the pages — feeds of categories, tags and people, the search index, the share cards,
 * the posts' Markdown — made on each request by the same code the build writes them with
 * (pipeline/content-files.ts). A custom server is Next's supported way to answer paths it has no
 * route for; it attaches its own hot-reload socket to this server.
 *
 *   npm run dev [-- --port 4000] [--hostname 0.0.0.0]
 */
import { createServer } from 'node:http';
import next from 'next';
import { buildClient } from './build-client.mjs';
import { rangeOf } from './serve.mjs';

// Before the modules below load: lib/site.ts (drafts shown by default) and lib/posts (posts read
// again on each request) read it once, as they do in Next's own development workers.
Object.assign(process.env, { NODE_ENV: 'development' });
const { contentFileAt } = await import('../pipeline/content-files');
const { loadPosts } = await import('../lib/posts/load');
const { ContentError } = await import('../lib/posts/errors');
const { site } = await import('../lib/site');

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const port = Number(option('--port', process.env.PORT ?? '3000'));
const hostname = option('--hostname', 'localhost');

const watcher = await buildClient({ watch: true, language: site.language });
const app = next({ dev: true, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = url.pathname.startsWith(`${site.basePath}/`)
      ? url.pathname.slice(site.basePath.length)
      : url.pathname;
    if (request.method === 'GET' || request.method === 'HEAD') {
      // The posts as the pages show them in development, read again for each such file.
      const file = await contentFileAt(pathname, () =>
        loadPosts(site.postsDir, { includeDrafts: site.drafts }),
      );
      if (file) {
        // Byte ranges as `npm start` answers them: a player seeks in a recording with them.
        const range = rangeOf(request.headers.range, file.body.length);
        if (range === 'unsatisfiable') {
          response.writeHead(416, { 'Content-Range': `bytes */${file.body.length}` }).end();
          return;
        }
        const body = range ? file.body.subarray(range.start, range.end + 1) : file.body;
        response.writeHead(range ? 206 : 200, {
          'Content-Type': file.type,
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          'Accept-Ranges': 'bytes',
          ...(range
            ? { 'Content-Range': `bytes ${range.start}-${range.end}/${file.body.length}` }
            : {}),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
    }
    await handle(request, response);
  })().catch((error: unknown) => {
    // Invalid content shows its report, as `npm run check` prints it; the page routes show theirs.
    const message = error instanceof ContentError ? error.message : String(error);
    console.error(message);
    if (!response.headersSent)
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(message);
  });
});
server.listen(port, hostname, () => {
  console.log(`▲ daedam dev: http://${hostname}:${port}${site.basePath}`);
});

const stop = () => {
  server.close();
  void (async () => {
    if (watcher && 'dispose' in watcher) await watcher.dispose();
    await app.close();
    process.exit(0);
  })();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
