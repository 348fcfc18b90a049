import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostHeader } from '@/components/post/PostHeader';
import { renderMarkdown } from '@/lib/markdown/render';
import { getAllPosts, getPost } from '@/lib/posts';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllPosts()).map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug);
  if (!post) return {};
  return { title: post.title, description: post.description };
}

export default async function PostPage({ params }: Props) {
  const post = await getPost((await params).slug);
  if (!post) notFound();
  const content = await renderMarkdown({
    body: post.body,
    format: post.format,
    interview: { interviewee: post.interviewee, source: post.source },
  });
  return (
    <article className="post">
      <PostHeader post={post} />
      <div className="post-body">{content}</div>
    </article>
  );
}
