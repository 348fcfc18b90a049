import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/components/post/Listing';
import { getCategories, getPostsInCategory } from '@/lib/posts';
import { extraPages, paginate } from '@/lib/posts/paginate';
import { listingMetadata } from '@/lib/seo/metadata';
import { categoryPath } from '@/lib/seo/urls';
import { pagesToRender } from '@/lib/static-params';
import { t } from '@/lib/i18n';

type Props = { params: Promise<{ category: string; n: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const categories = await getCategories();
  const params = await Promise.all(
    categories.map(async (category) =>
      extraPages((await getPostsInCategory(category.slug)).length).map((n) => ({
        category: category.slug,
        n: String(n),
      })),
    ),
  );
  return pagesToRender(({ category }) => `category:${category}`, params.flat(), ['category', 'n']);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category: slug, n } = await params;
  const category = (await getCategories()).find((c) => c.slug === slug);
  if (!category) return {};
  const path = n === '1' ? categoryPath(slug) : `${categoryPath(slug)}/page/${n}`;
  return listingMetadata(
    `${category.name} · ${t.count.page(Number(n))}`,
    `${t.category.description(category.name)} · ${t.count.page(Number(n))}`,
    path,
  );
}

export default async function CategoryListingPage({ params }: Props) {
  const { category: slug, n } = await params;
  const category = (await getCategories()).find((c) => c.slug === slug);
  const page = category ? paginate(await getPostsInCategory(slug), Number(n)) : undefined;
  if (!category || !page || page.page === 1) notFound();
  return (
    <>
      <h1 className="page-title">
        <span className="page-kicker">
          {t.category.kicker} · {t.count.page(page.page)}
        </span>{' '}
        {category.name}
      </h1>
      <Listing
        page={page}
        firstHref={categoryPath(slug)}
        pageHref={(p) => `${categoryPath(slug)}/page/${p}`}
      />
    </>
  );
}
