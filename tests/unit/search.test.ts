import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fold, prepare, search, variants } from '@/lib/search/engine';
import type { PreparedIndex } from '@/lib/search/engine';
import { buildSearchIndex } from '@/lib/search/index-data';
import { loadPosts } from '@/lib/posts/load';

let prepared: PreparedIndex;

beforeAll(async () => {
  const posts = [
    ...(await loadPosts(path.join(process.cwd(), 'tests/fixtures/first-post'), {
      includeDrafts: false,
    })),
    ...(await loadPosts(path.join(process.cwd(), 'tests/fixtures/site-posts'), {
      includeDrafts: false,
    })),
  ];
  prepared = prepare(buildSearchIndex(posts, (post) => post.text));
});

const L = 'yann-lecun-on-llms';
const P = 'panel-on-korean-nlp';
const hits = (query: string) => search(prepared, query).map((r) => `${r.slug}#${r.n}`);

/** Korean queries a reader would type, and the Q&A blocks they must find. */
const RECALL: Array<[string, string[]]> = [
  ['포머', [`${L}#5`, `${P}#2`]], // the middle of 트랜스포머
  ['키보드', [`${L}#1`, `${P}#1`]], // 키보드라고: a particle follows
  ['키보드를', [`${L}#1`, `${P}#1`]], // the query carries a particle the text does not
  ['lecun', Array.from({ length: 7 }, (_, i) => `${L}#${i + 1}`)], // a speaker, any case
  ['LeCun', Array.from({ length: 7 }, (_, i) => `${L}#${i + 1}`)],
  ['ＧＰＴ４', [`${L}#5`, `${L}#6`]], // full-width Latin
  ['gpt4', [`${L}#5`, `${L}#6`]],
  ['종말론', [`${L}#4`]],
  ['자율 주행', [`${L}#6`]], // two words, both must match
  ['식기세척기', [`${L}#6`]],
  ['인공지능', [`${L}#4`]],
  ['인공 일반 지능', [`${L}#6`]],
  ['6개월', [`${L}#4`]],
  ['예측', [`${L}#1`, `${L}#3`, `${L}#7`]],
  ['박교수', [`${P}#1`]],
  ['말뭉치', [`${P}#2`]], // inside a table
  ['번역이', [`${P}#1`]],
  ['기록자', ['plain-essay#0']], // an article without questions
  ['같은 HTML', ['hand-written#1']],
];

describe('Korean search', () => {
  test.each(RECALL)('%s finds the right answers', (query, expected) => {
    expect(hits(query).sort()).toEqual([...expected].sort());
  });

  test('recall over the whole query list is 100 %', () => {
    const expected = RECALL.flatMap(([, e]) => e.length);
    const found = RECALL.map(([query, e]) => e.filter((hit) => hits(query).includes(hit)).length);
    const recall = found.reduce((a, b) => a + b) / expected.reduce((a, b) => a + b);
    expect(recall).toBe(1);
  });

  test.each(['양자컴퓨터', 'zzz', '포머 양자'])('%s finds nothing', (query) => {
    expect(hits(query)).toEqual([]);
  });

  test('matches are marked in the question and in a snippet of the answer', () => {
    const [result] = search(prepared, '서한에');
    expect(result!.question.text.slice(...result!.question.marks[0]!)).toBe('서한에');
    const snippet = search(prepared, '포머')[0]!.snippet;
    expect(snippet.text.slice(...snippet.marks[0]!)).toBe('포머');
    expect(snippet.text.length).toBeLessThan(160);
  });

  test('questions rank above answers', () => {
    const results = search(prepared, '정확도');
    expect(results[0]).toMatchObject({ slug: L, n: 3 });
  });

  test('folding keeps offsets: one character out per character in', () => {
    const text = 'ＬｅＣｕｎ과 GPT４';
    expect(fold(text)).toBe('lecun과 gpt4');
    expect(fold(text)).toHaveLength(text.length);
    expect(variants('키보드를')).toEqual(['키보드를', '키보드']);
    expect(variants('사과')).toEqual(['사과']); // one syllable would be left: not a particle
  });

  test('a query over a thousand interviews takes milliseconds', () => {
    const big = prepare({
      posts: prepared.index.posts,
      entries: Array.from({ length: 140 }, () => prepared.index.entries).flat(),
    });
    const started = performance.now();
    for (const query of ['포머', '키보드를', 'lecun 6개월', '없는말']) search(big, query);
    const perQuery = (performance.now() - started) / 4;
    expect(big.index.entries.length).toBeGreaterThan(1500);
    expect(perQuery).toBeLessThan(100);
  });
});
