import type { Post } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { PostMeta } from './PostMeta';

export function PostHeader({ post }: { post: Post }) {
  return (
    <header className="post-header">
      <h1 lang={langAttribute(post.lang)}>{post.title}</h1>
      <PostMeta post={post} />
      <p className="post-facts">
        약 {post.readingMinutes}분
        {post.questions.length > 0 ? ` · 질문 ${post.questions.length}개` : ''}
        {post.interviewee ? ` · ${post.interviewee} 인터뷰` : ''}
      </p>
      {post.source ? (
        <p className="source">
          <a href={post.source} target="_blank" rel="noopener noreferrer">
            원문 보기<span className="sr-only"> (새 창)</span>
          </a>
          <span className="source-host"> {hostOf(post.source)}</span>
        </p>
      ) : null}
    </header>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
