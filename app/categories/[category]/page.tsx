import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedLinks } from '@/components/post/FeedLinks';
import { Listing } from '@/components/post/Listing';
import { getCategories, getPostsInCategory } from '@/lib/posts';
import { paginate } from '@/lib/posts/paginate';
import { listingMetadata } from '@/lib/seo/metadata';
import { categoryPath } from '@/lib/seo/urls';
import { site, sitePath } from '@/lib/site';
import { pagesToRender } from '@/lib/static-params';
import { t } from '@/lib/i18n';

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return pagesToRender(
    ({ category }) => `category:${category}`,

    (await getCategories()).map((category) => ({ category: category.slug })),
    ['category'],
  );
}

async function findCategory(slug: string) {
  return (await getCategories()).find((category) => category.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await findCategory((await params).category);
  return category
    ? listingMetadata(
        category.name,
        t.category.description(category.name),
        categoryPath(category.slug),
        {
          base: categoryPath(category.slug),
          title: `${site.name} · ${category.name}`,
        },
      )
    : {};
}

export default async function CategoryPage({ params }: Props) {
  const slug = (await params).category;
  const category = await findCategory(slug);
  if (!category) notFound();
  const posts = await getPostsInCategory(slug);
  const page = paginate(posts, 1)!;
  return (
    <>
      <h1 className="page-title">
        <span className="page-kicker">{t.category.kicker}</span> {category.name}
      </h1>
      <p className="page-count">{t.count.posts(posts.length)}</p>
      <FeedLinks base={sitePath(categoryPath(slug))} name={category.name} />
      <Listing
        page={page}
        firstHref={categoryPath(slug)}
        pageHref={(n) => `${categoryPath(slug)}/page/${n}`}
      />
    </>
  );
}
