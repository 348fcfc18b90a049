import type { Metadata } from 'next';
import Link from 'next/link';
import { Thumbnail } from '@/components/markdown/Picture';
import { getPeople } from '@/lib/posts';
import { listingMetadata } from '@/lib/seo/metadata';
import { personPath } from '@/lib/seo/urls';

export const metadata: Metadata = listingMetadata('사람들', '대담에 나온 사람들', '/people');

/** Everyone who answered or asked in the archive, by name. */
export default async function PeopleIndex() {
  const { people } = await getPeople();
  return (
    <>
      <h1 className="page-title">사람들</h1>
      {people.length === 0 ? (
        <p>아직 대담에 나온 사람이 없습니다.</p>
      ) : (
        <ul className="people-list">
          {people.map((person) => (
            <li key={person.slug} className={person.photo?.info ? 'has-portrait' : undefined}>
              <Thumbnail picture={person.photo} sizes="3rem" />
              <Link href={personPath(person.slug)}>{person.name}</Link>
              <span className="post-meta">
                {[
                  person.gave.length > 0 ? `인터뷰 ${person.gave.length}편` : '',
                  person.conducted.length > 0 ? `진행 ${person.conducted.length}편` : '',
                  person.answers.length > 0 ? `답변 ${person.answers.length}개` : '',
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
