import type { Metadata } from 'next';
import Link from 'next/link';
import { Thumbnail } from '@/components/markdown/Picture';
import { getPeople } from '@/lib/posts';
import { listingMetadata } from '@/lib/seo/metadata';
import { personPath } from '@/lib/seo/urls';
import { t } from '@/lib/i18n';
import { site } from '@/lib/site';

export const metadata: Metadata = listingMetadata(
  t.people.title,
  t.people.description(site.name),
  '/people',
);

/** Everyone who answered or asked in the archive, by name. */
export default async function PeopleIndex() {
  const { people } = await getPeople();
  return (
    <>
      <h1 className="page-title">{t.people.title}</h1>
      {people.length === 0 ? (
        <p>{t.people.empty}</p>
      ) : (
        <ul className="people-list">
          {people.map((person) => (
            <li key={person.slug} className={person.photo?.info ? 'has-portrait' : undefined}>
              <Thumbnail picture={person.photo} sizes="3rem" />
              <Link href={personPath(person.slug)}>{person.name}</Link>
              <span className="post-meta">
                {[
                  person.gave.length > 0 ? t.people.gave(person.gave.length) : '',
                  person.conducted.length > 0 ? t.people.conducted(person.conducted.length) : '',
                  person.answers.length > 0 ? t.count.answers(person.answers.length) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {person.description ? (
                <p className="person-description">{person.description}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
