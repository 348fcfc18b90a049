import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PersonPage } from '@/components/people/PersonPage';
import { getPeople } from '@/lib/posts';
import { paginate } from '@/lib/posts/paginate';
import { personMetadata } from '@/lib/seo/metadata';
import { pagesToRender } from '@/lib/static-params';

type Props = { params: Promise<{ person: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const { people } = await getPeople();
  return pagesToRender(
    ({ person }) => `person:${person}`,
    people.map((person) => ({ person: person.slug })),
    ['person'],
  );
}

async function findPerson(slug: string) {
  return (await getPeople()).people.find((person) => person.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await findPerson((await params).person);
  return person ? personMetadata(person, 1) : {};
}

export default async function PersonRoute({ params }: Props) {
  const person = await findPerson((await params).person);
  if (!person) notFound();
  return <PersonPage person={person} answers={paginate(person.answers, 1)!} />;
}
