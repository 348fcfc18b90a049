import { QuestionArticle } from '@/components/post/QuestionArticle';
import type { PersonHref } from '@/components/post/postComponents';
import type { RenderWith } from '@/lib/markdown/render';
import type { Post } from '@/lib/posts';
import { postHead, QUESTION_IMAGE, questionHead } from '@/lib/seo/metadata';
import type { HeadValues } from '@/lib/seo/metadata';

interface Props {
  post: Post;
  render: RenderWith;
  personHref: PersonHref;
}

/** The values a page's <head> carries, as data attributes scripts/question-pages.mjs reads. */
function headData(head: HeadValues) {
  return {
    'data-title': head.title,
    'data-description': head.description,
    'data-url': head.url,
    'data-image': head.image,
    'data-image-alt': head.imageAlt,
  };
}

/**
 * Every question share page of a post, rendered hidden after the post page's article in
 * `npm run build`: scripts/question-pages.mjs cuts each into /posts/<slug>/q/<n>.html (the
 * page's shell, this article alone in <main>, the question's values in the post's <head>) and
 * removes the bundle from the post page. The post's body is compiled and the shell rendered
 * once for the post and all its questions, instead of once more for the questions.
 */
export function QuestionPagesBundle({ post, render, personHref }: Props) {
  return (
    <div
      hidden
      data-question-pages=""
      {...headData(postHead(post))}
      data-image-type={QUESTION_IMAGE.type}
      data-image-width={QUESTION_IMAGE.width}
      data-image-height={QUESTION_IMAGE.height}
    >
      {post.questions.map((question) => (
        <div
          key={question.n}
          data-question-page={question.n}
          {...headData(questionHead(post, question))}
        >
          <QuestionArticle
            post={post}
            question={question}
            render={render}
            personHref={personHref}
          />
        </div>
      ))}
    </div>
  );
}
