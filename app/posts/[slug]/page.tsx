import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/post/JsonLd';
import { PostFooter } from '@/components/post/PostFooter';
import { QuestionNav } from '@/components/post/QuestionNav';
import { PostHeader } from '@/components/post/PostHeader';
import { Player } from '@/components/recording/Player';
import { personHrefFrom, postComponents } from '@/components/post/postComponents';
import { langAttribute } from '@/lib/posts/language';
import { pagesToRender } from '@/lib/static-params';
import {
  compilePost,
  getAllPosts,
  getNeighbours,
  getPeople,
  getPost,
  getSeriesPlace,
  getTranslations,
} from '@/lib/posts';
import { articleJsonLd } from '@/lib/seo/json-ld';
import { postMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return pagesToRender(
    ({ slug }) => `post:${slug}`,
    (await getAllPosts()).map((post) => ({ slug: post.slug })),
    ['slug'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug);
  return post ? postMetadata(post, await getTranslations(post)) : {};
}

export default async function PostPage({ params }: Props) {
  const post = await getPost((await params).slug);
  if (!post) notFound();
  const render = await compilePost(post);
  const neighbours = await getNeighbours(post);
  const personHref = personHrefFrom((await getPeople()).find);
  const place = await getSeriesPlace(post);
  const translations = await getTranslations(post);
  return (
    <article className={post.questions.length > 0 ? 'post has-toc' : 'post'}>
      <JsonLd data={articleJsonLd(post, place?.series)} />
      <PostHeader post={post} personHref={personHref} place={place} translations={translations} />
      <QuestionNav questions={post.questions} lang={post.lang} />
      <div className="post-body" lang={langAttribute(post.lang)}>
        {/* Inside the text's block, so that it can stay on screen while the text is read. */}
        <Player post={post} />
        {render(postComponents(post, personHref))}
      </div>
      <PostFooter {...neighbours} categoryName={post.category?.name} place={place} />
    </article>
  );
}
