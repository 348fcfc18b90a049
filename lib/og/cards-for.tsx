import { formatKoreanDate } from '@/lib/format/date';
import type { Post } from '@/lib/posts';
import { site } from '@/lib/site';
import { PostCard, QuestionCard } from './cards';
import { cachedCard } from './render';

/** The inputs of each card are its cache key: same inputs, same PNG, no redraw. */
export function postCardPng(post: Post): Promise<Buffer> {
  const input = {
    title: post.title,
    interviewee: post.interviewee,
    questionCount: post.questions.length,
    date: formatKoreanDate(post.date),
    siteName: site.name,
  };
  return cachedCard(
    'post',
    input,
    () => <PostCard {...input} />,
    `the preview card of ${post.file}`,
  );
}

export function questionCardPng(post: Post, n: number): Promise<Buffer> {
  const question = post.questions.find((q) => q.n === n);
  const input = {
    postTitle: post.title,
    question: question?.text ?? post.title,
    asker: question?.speaker,
    answerer: question?.answerSpeaker,
    n,
    total: post.questions.length,
  };
  return cachedCard(
    'question',
    input,
    () => <QuestionCard {...input} />,
    `the preview card of question ${n} of ${post.file}`,
  );
}

export function siteCardPng(): Promise<Buffer> {
  const input = { title: site.description, questionCount: 0, date: '', siteName: site.name };
  return cachedCard('site', input, () => <PostCard {...input} />, 'the site’s preview card');
}
