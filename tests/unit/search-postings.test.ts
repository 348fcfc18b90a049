import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatePosts } from '@/bench/generate';
import { fold } from '@/lib/search/engine';
import { buildSearchIndex } from '@/lib/search/index-data';
import { gramsOf, postingTable } from '@/lib/search/postings';
import { docsOf } from '@/lib/search/shards';
import { loadPosts } from '@/lib/posts/load';

/**
 * The posting lists are kept in typed arrays with numeric gram keys (lib/search/postings.ts) to
 * hold the content check's memory down; they must be exactly what the plain definition gives:
 * every character and adjacent pair of code units of the folded text that has no white space
 * (as `/\s/` reads it), each block once per gram and field, in block order.
 */

const WHITE = /\s/;

/** The plain definition, with strings, Sets and arrays. */
function expected(blocks: string[][]): Map<string, number[][]> {
  const table = new Map<string, number[][]>();
  blocks.forEach((texts, block) => {
    texts.forEach((text, field) => {
      const folded = fold(text);
      const grams = new Set<string>();
      for (let i = 0; i < folded.length; i++) {
        if (WHITE.test(folded[i]!)) continue;
        grams.add(folded[i]!);
        if (i + 1 < folded.length && !WHITE.test(folded[i + 1]!)) grams.add(folded.slice(i, i + 2));
      }
      for (const gram of grams) {
        let lists = table.get(gram);
        if (!lists) table.set(gram, (lists = texts.map(() => [])));
        lists[field]!.push(block);
      }
    });
  });
  return table;
}

function actual(blocks: string[][]): Map<string, number[][]> {
  const table = postingTable(blocks);
  return new Map(table.grams.map((gram) => [gram, table.postings(gram)!.map((list) => [...list])]));
}

const EDGES = [
  // Every kind of white space /\s/ knows, between and around words.
  ['모델\t학습\n\n추론', '  앞뒤 공백  ', 'a\u00a0b\u3000c\u2028d\ufeffe', ''],
  // A gram repeated in a field, and the same gram in two fields.
  ['모델 모델 모델', '모델', '', '모델의 모델'],
  // Surrogate pairs (code units, as the browser's engine reads them), full-width and accents.
  ['😀 웃음', '𠀀𠀁', 'ＧＰＴ４ Éclair', 'ÀÉÎ õü'],
  // One character; only white space; empty.
  ['가', ' ', '', '\n'],
  // Digits, which JavaScript objects order before other keys (shards are objects).
  ['1 12 2024년', 'GPT-4', '0', '9 10'],
];

test('the typed posting lists are the plain definition, gram for gram, on edge cases', () => {
  const want = expected(EDGES);
  const got = actual(EDGES);
  expect([...got.keys()]).toEqual([...want.keys()].sort());
  expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
  // Spot checks a reader can follow.
  expect(got.get('모델')).toEqual([[0, 1], [1], [], [1]]);
  expect(got.get('gp')).toEqual([[], [4], [2], []]);
  expect(got.get('😀'.slice(0, 1))).toEqual([[2], [], [], []]);
  expect(got.has(' ') || got.has('\u3000') || got.has('a\u00a0')).toBe(false);
  expect(postingTable(EDGES).postings('없는')).toBeUndefined();
});

test('the typed posting lists are the plain definition on a generated archive', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-postings-'));
  generatePosts(dir, 60, { seed: 11 });
  const posts = await loadPosts(dir, { includeDrafts: false });
  const blocks = docsOf(buildSearchIndex(posts, (post) => post.text)).map(
    ([, title, , , question, speakers, answer]) => [question, title, speakers, answer],
  );
  expect(blocks.length).toBeGreaterThan(300);
  const want = expected(blocks);
  const got = actual(blocks);
  expect(got.size).toBe(want.size);
  expect(got.size).toBeGreaterThan(1000);
  for (const [gram, lists] of want) expect([gram, got.get(gram)]).toEqual([gram, lists]);
});

test('gramsOf names the grams the table keys', () => {
  expect([...gramsOf(fold('AI 모델'))].sort()).toEqual(['a', 'ai', 'i', '델', '모', '모델'].sort());
  expect(postingTable([[fold('AI 모델')]]).grams).toEqual([...gramsOf(fold('AI 모델'))].sort());
});
