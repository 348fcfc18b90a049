import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { QA } from '@/components/interview/QA';
import { Answer } from '@/components/interview/Answer';
import type { AnswerProps } from '@/components/interview/Answer';
import { Question } from '@/components/interview/Question';
import type { QuestionProps } from '@/components/interview/Question';
import { ShareAnswer } from '@/components/interview/ShareAnswer';
import { mdxComponents } from '@/components/markdown/mdxComponents';
import { firstOnThisPage } from '@/components/markdown/Picture';
import { recordingLinkOf } from '@/components/recording/Player';
import { isRole } from '@/lib/people/roles';
import type { Post } from '@/lib/posts';
import { personPath, postPath, questionPath } from '@/lib/seo/urls';
import { site, sitePath } from '@/lib/site';
import { t } from '@/lib/i18n';

type QaProps = { n: number | string; children?: ReactNode };

/** "— LeCun, Barron's 인터뷰": the interviewer when one is named (not a role such as 기자),
 * else the interview's title. */
function quoteSource(post: Post): string {
  return post.interviewer && !isRole(post.interviewer)
    ? t.post.interviewBy(post.interviewer)
    : t.post.quoted(post.title);
}

/** A Q&A block of `post` with the share controls for its own link. */
function sharedQa(post: Post) {
  return function SharedQA({ n, children }: QaProps) {
    const number = Number(n);
    const question = post.questions.find((q) => q.n === number);
    return (
      <QA
        n={n}
        footer={
          <ShareAnswer
            n={number}
            postPath={sitePath(postPath(post))}
            sharePath={sitePath(
              site.questionPages ? questionPath(post, number) : `${postPath(post)}#q-${number}`,
            )}
            title={question?.text ?? post.title}
            quoteSource={quoteSource(post)}
          />
        }
      >
        {children}
      </QA>
    );
  };
}

// MDXComponents only types HTML tag names; our custom element names need the cast. Every map
// starts from the site's (links, images, the interview's elements).
const asComponents = (map: Record<string, unknown>) =>
  ({ ...mdxComponents, ...map }) as MDXComponents;

/** The person page of a speaker label, when the speaker has one (lib/people/). */
export type PersonHref = (name: string | undefined) => string | undefined;

export function personHrefFrom(
  find: (name: string | undefined) => { slug: string } | undefined,
): PersonHref {
  return (name) => {
    const person = find(name);
    // next/link adds the base path itself.
    return person ? personPath(person.slug) : undefined;
  };
}

/** Speaker badges that link to their person pages; times that play the post's recording. */
function linkedSpeakers(post: Post, personHref: PersonHref, questionLevel?: number) {
  const recording = recordingLinkOf(post);
  return {
    'interview-question': (props: QuestionProps) => (
      <Question
        {...props}
        {...(questionLevel ? { level: questionLevel } : {})}
        speakerHref={personHref(props.speaker)}
        recording={recording}
      />
    ),
    'interview-answer': (props: AnswerProps) => (
      <Answer {...props} speakerHref={personHref(props.speaker)} recording={recording} />
    ),
  };
}

/** The post page: every Q&A block gets share controls, every speaker a link to their page. */
export function postComponents(
  post: Post,
  personHref: PersonHref = () => undefined,
): MDXComponents {
  return asComponents({
    'interview-qa': sharedQa(post),
    // The cover, above the text, is the page's first picture when there is one.
    'daedam-picture': firstOnThisPage(Boolean(post.cover?.info)),
    ...linkedSpeakers(post, personHref),
  });
}

/** A share page: question `n` alone, nothing around it. */
export function singleQuestionComponents(
  post: Post,
  n: number,
  personHref: PersonHref = () => undefined,
): MDXComponents {
  const SharedQA = sharedQa(post);
  return asComponents({
    'interview-qa': (props: QaProps) => (Number(props.n) === n ? <SharedQA {...props} /> : null),
    'interview-extra': () => null,
    'daedam-picture': firstOnThisPage(),
    // Alone under the page's h1, the question is an h2 whatever sections the post had.
    ...linkedSpeakers(post, personHref, 2),
  });
}
