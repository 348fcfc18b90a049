import { truncateAtWord } from '@/lib/format/text';
import type { ContentIssue } from '@/lib/posts/errors';
import { toSlug } from '@/lib/posts/slug';
import type { PostPicture } from '@/lib/pictures/refs';
import type { Post } from '@/lib/posts/types';
import { PEOPLE_FILE } from './data';
import type { PersonData } from './data';
import { isRole, nameKey } from './roles';

/** One answer a person gave: where it is and how it starts. */
export interface PersonAnswer {
  post: Post;
  n: number;
  question: string;
  /** The answer's first sentence (cut to a preview's length). */
  excerpt: string;
}

export interface Person {
  /** ASCII URL segment: /people/<slug> */
  slug: string;
  name: string;
  /** Every other spelling: people.yaml aliases and the labels seen in posts. */
  aliases: string[];
  description?: string;
  /** sameAs links from people.yaml. */
  links: string[];
  /** Portrait from people.yaml, examined. */
  photo?: PostPicture;
  /** Interviews this person answered in / asked in, newest first. */
  gave: Post[];
  conducted: Post[];
  /** Every answer, newest post first, in the order of the interview within a post. */
  answers: PersonAnswer[];
}

export interface PeopleDirectory {
  people: Person[];
  /** The person a speaker label or frontmatter name stands for, if they have a page. */
  find(name: string | undefined): Person | undefined;
  issues: ContentIssue[];
}

const EXCERPT_LENGTH = 160;

/** The first sentence of `text` in `lang` (ICU sentence breaks), cut to a preview's length. */
const segmenters = new Map<string, Intl.Segmenter>();

export function firstSentence(text: string, lang: string): string {
  // The first sentence is near the start: segment no more than a preview's worth of text.
  const paragraph = (text.split(/\n\n/)[0] ?? '').slice(0, EXCERPT_LENGTH * 3);
  // A segmenter costs far more to create than to use: one per language.
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  const first = segmenter.segment(paragraph)[Symbol.iterator]().next().value?.segment ?? '';
  return truncateAtWord(first.trim() || paragraph, EXCERPT_LENGTH);
}

interface Draft {
  data?: PersonData;
  name: string;
  /** Where the name was first seen, for messages. */
  file: string;
  spellings: Set<string>;
  gave: Set<Post>;
  conducted: Set<Post>;
  answers: PersonAnswer[];
}

/**
 * Every person of the archive: each speaker and frontmatter interviewer/interviewee, merged
 * through people.yaml's aliases (and by spelling: `LeCun` and `lecun` are one person), minus
 * generic roles (`기자`, `Q`, …) unless people.yaml names them.
 */
export function buildPeople(posts: Post[], data: PersonData[]): PeopleDirectory {
  const issues: ContentIssue[] = [];
  const byKey = new Map<string, Draft>();

  for (const entry of data) {
    const draft: Draft = {
      data: entry,
      name: entry.name,
      file: PEOPLE_FILE,
      spellings: new Set(),
      gave: new Set(),
      conducted: new Set(),
      answers: [],
    };
    for (const spelling of [entry.name, ...entry.aliases]) {
      const other = byKey.get(nameKey(spelling));
      if (other && other !== draft) {
        issues.push({
          file: PEOPLE_FILE,
          field: `${entry.name}.aliases`,
          message: `"${spelling}" already names ${other.name}`,
          hint: 'a name can stand for one person only',
        });
        continue;
      }
      byKey.set(nameKey(spelling), draft);
    }
  }

  const personFor = (name: string | undefined, file: string): Draft | undefined => {
    if (!name) return undefined;
    const key = nameKey(name);
    let draft = byKey.get(key);
    if (!draft) {
      if (isRole(name)) return undefined;
      draft = {
        name,
        file,
        spellings: new Set(),
        gave: new Set(),
        conducted: new Set(),
        answers: [],
      };
      byKey.set(key, draft);
    }
    if (name !== draft.name) draft.spellings.add(name);
    return draft;
  };

  for (const post of posts) {
    personFor(post.interviewer, post.file)?.conducted.add(post);
    personFor(post.interviewee, post.file)?.gave.add(post);
    for (const question of post.questions) {
      personFor(question.speaker, post.file)?.conducted.add(post);
      for (const answer of question.answers) {
        const person = personFor(answer.speaker, post.file);
        if (!person) continue;
        person.gave.add(post);
        person.answers.push({
          post,
          n: question.n,
          question: question.text,
          excerpt: firstSentence(answer.text, post.lang),
        });
      }
    }
  }

  const drafts = [...new Set(byKey.values())].filter(
    (draft) => draft.gave.size > 0 || draft.conducted.size > 0,
  );
  const bySlug = new Map<string, Draft>();
  const people = new Map<Draft, Person>();
  const order = new Map(posts.map((post, i) => [post, i]));
  for (const draft of drafts) {
    const slug = draft.data?.slug ?? toSlug(draft.name);
    const twin = bySlug.get(slug);
    if (twin) {
      issues.push({
        file: draft.file,
        field: draft.data ? `${draft.name}.slug` : undefined,
        message: `"${draft.name}" and "${twin.name}" (${twin.file}) would share the URL /people/${slug}`,
        hint: `if they are one person, add one as an alias of the other in ${PEOPLE_FILE}; if not, give one a "slug"`,
      });
      continue;
    }
    bySlug.set(slug, draft);
    // A person answers in the same post several times: one entry per answer, but each
    // question once even when the person answers it in two turns.
    const seen = new Set<string>();
    const answers = draft.answers.filter((answer) => {
      const key = `${answer.post.slug}#${answer.n}`;
      return seen.has(key) ? false : Boolean(seen.add(key));
    });
    people.set(draft, {
      slug,
      name: draft.name,
      aliases: [...new Set([...(draft.data?.aliases ?? []), ...draft.spellings])],
      description: draft.data?.description,
      links: draft.data?.links ?? [],
      photo: draft.data?.photo,
      gave: posts.filter((post) => draft.gave.has(post)),
      conducted: posts.filter((post) => draft.conducted.has(post)),
      answers: answers.sort((a, b) => order.get(a.post)! - order.get(b.post)! || a.n - b.n),
    });
  }

  const list = [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'ko'));
  return {
    people: list,
    find: (name) => {
      if (!name) return undefined;
      const draft = byKey.get(nameKey(name));
      return draft ? people.get(draft) : undefined;
    },
    issues,
  };
}
