import { loadPosts } from '@/lib/posts/load';
import { site } from '@/lib/site';
import { searchFiles } from '@/lib/search/files';
import { PLACEHOLDER } from '@/lib/static-params';

/**
 * The sharded search index in `next dev`. `npm run build` does not export this route: the
 * content check writes the same files (lib/search/files.ts) beside the export — thousands of
 * small files are far cheaper to write than to render one by one — and the build moves them in.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

const isDev = process.env.NODE_ENV === 'development';
// With their plain text, which getAllPosts leaves out; drafts too, as every page in dev.
const devPosts = () => loadPosts(site.postsDir, { includeDrafts: true });

export async function generateStaticParams() {
  if (!isDev) return [{ file: [PLACEHOLDER] }];
  return [...searchFiles(await devPosts()).keys()].map((file) => ({ file: file.split('/') }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const file = (await params).file.join('/');
  const body = isDev ? searchFiles(await devPosts()).get(file) : undefined;
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
