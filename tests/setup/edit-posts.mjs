// @ts-check
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One edit of each kind a page's cache key must notice (pipeline/page-cache/plan.ts), made to generated
 * posts (bench/generate.ts) between two builds: an answer grows (that post only), a title
 * changes (the lists and the posts that link to it), a post is deleted and one is added (the
 * archive order, so the neighbours), a speaker is renamed (a new person page, the links), and
 * an answer's opening is reworded (what its speaker's person page quotes).
 * Returns what it did, for the tests' messages.
 * @param {string} dir
 */
export function editPosts(dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const [grown, retitled, deleted, copied, renamed, reworded] = files.map((name) =>
    path.join(dir, name),
  );
  if (!grown || !retitled || !deleted || !copied || !renamed || !reworded)
    throw new Error(`editPosts needs six posts in ${dir}`);
  const edit = (/** @type {string} */ file, /** @type {(text: string) => string} */ change) => {
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`editPosts: nothing changed in ${file}`);
    writeFileSync(file, after);
  };
  edit(grown, (text) => `${text.trimEnd()}\n\n나중에 덧붙인 문단입니다. 답이 조금 길어졌습니다.\n`);
  edit(retitled, (text) => text.replace(/^title: .*$/m, 'title: "제목을 고친 대담"'));
  rmSync(deleted);
  const added = path.join(dir, 'post-added.md');
  copyFileSync(copied, added);
  edit(added, (text) =>
    text
      .replace(/^title: .*$/m, 'title: "새로 더한 대담"')
      .replace(/^date: .*$/m, 'date: 2031-01-01'),
  );
  // The first answer's speaker label (`Name: …` after a bold question) becomes a new name.
  edit(renamed, (text) => text.replace(/\*\*\n\n([^:\n*]{1,20}): /, '**\n\n새 인물: '));
  // The first answer gets a new opening sentence: what its speaker's person page quotes.
  edit(reworded, (text) =>
    text.replace(/\*\*\n\n([^:\n*]{1,20}): /, '**\n\n$1: 고쳐 쓴 첫 문장입니다. '),
  );
  return { grown, retitled, deleted, added, renamed, reworded };
}
