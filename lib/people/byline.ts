import type { Post } from '@/lib/posts';
import { site } from '@/lib/site';
import { isRole } from './roles';

/**
 * Who signs a post in feeds and structured data: its interviewer when one is named (Barron's),
 * else the publication's author (site.yaml). A role (`기자`) names nobody.
 */
export function bylineOf(post: Pick<Post, 'interviewer'>): string | undefined {
  return post.interviewer && !isRole(post.interviewer) ? post.interviewer : site.author;
}
