import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PersonPage } from '@/components/people/PersonPage';
import { getPeople } from '@/lib/posts';
import { extraPages, paginate } from '@/lib/posts/paginate';
import { personMetadata } from '@/lib/seo/metadata';
import { pagesToRender } from '@/lib/static-params';

type Props = { params: Promise<{ person: string; n: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const { people } = await getPeople();
  const params = people.flatMap((person) =>
    extraPages(person.answers.length).map((n) => ({ person: person.slug, n: String(n) })),
  );
  return pagesToRender(({ person }) => `person:${person}`, params, ['person', 'n']);
}

async function find(params: Props['params']) {
  const { person: slug, n } = await params;
  const person = (await getPeople()).people.find((p) => p.slug === slug);
  const answers = person ? paginate(person.answers, Number(n)) : undefined;
  return person && answers && answers.page > 1 ? { person, answers } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  return found ? personMetadata(found.person, found.answers.page) : {};
}

export default async function PersonAnswersRoute({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  return <PersonPage person={found.person} answers={found.answers} />;
}
