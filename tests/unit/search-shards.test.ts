import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generatePosts } from '@/bench/generate';
import { fold, prepare, search } from '@/lib/search/engine';
import type { PreparedIndex, SearchResult } from '@/lib/search/engine';
import { writeSearchFiles } from '@/lib/search/files';
import { buildSearchIndex } from '@/lib/search/index-data';
import { gramsOf } from '@/lib/search/postings';
import { buildSearchFiles, needleGrams } from '@/lib/search/shards';
import type { SearchMeta } from '@/lib/search/shards';
import { QuerySession, ShardedIndex } from '@/lib/search/sharded';
import { answerText } from '@/lib/interview/remark-interview';
import { loadPosts } from '@/lib/posts/load';
import type { Post, PostWithText } from '@/lib/posts';
import { folderWith } from '../helpers/content';

/**
 * The sharded index must answer exactly as the whole index did (tests/unit/search.test.ts is
 * the engine's own test): same blocks, same order, same marks and snippets, for the recall
 * queries and for hundreds of queries drawn from a generated archive's own text.
 */

interface Built {
  full: PreparedIndex;
  files: Map<string, string>;
  posts: PostWithText[];
}

async function build(...folders: string[]): Promise<Built> {
  const posts = (
    await Promise.all(folders.map((folder) => loadPosts(folder, { includeDrafts: false })))
  ).flat();
  const index = buildSearchIndex(posts, (post) => post.text);
  return { full: prepare(index), files: buildSearchFiles(index), posts };
}

/** A ShardedIndex over the files in memory, counting what a query downloads. */
function open(files: Map<string, string>) {
  const fetched: string[] = [];
  const load = async (file: string) => {
    fetched.push(file);
    const text = files.get(file);
    if (text === undefined) throw new Error(`no ${file}`);
    return JSON.parse(text) as unknown;
  };
  const meta = JSON.parse(files.get('meta.json')!) as SearchMeta;
  return { index: new ShardedIndex(meta, load), fetched };
}

async function everything(index: ShardedIndex, query: string): Promise<SearchResult[]> {
  return (await new QuerySession(index, query).start()).first(Infinity);
}

let fixtures: Built;
let archive: Built;

beforeAll(async () => {
  const root = process.cwd();
  fixtures = await build(
    path.join(root, 'tests/fixtures/first-post'),
    path.join(root, 'tests/fixtures/site-posts'),
  );
  const generated = mkdtempSync(path.join(tmpdir(), 'daedam-shards-'));
  generatePosts(generated, 120, { seed: 7 });
  archive = await build(generated, path.join(root, 'tests/fixtures/first-post'));
});

const RECALL = [
  '포머',
  '키보드',
  '키보드를',
  'lecun',
  'LeCun',
  'ＧＰＴ４',
  'gpt4',
  '종말론',
  '자율 주행',
  '식기세척기',
  '인공지능',
  '인공 일반 지능',
  '6개월',
  '예측',
  '박교수',
  '말뭉치',
  '번역이',
  '기록자',
  '같은 HTML',
  '양자컴퓨터',
  'zzz',
  '포머 양자',
  '서한에',
  '정확도',
  '생각',
  'a',
  '의',
];

test.each(RECALL)('“%s”: the same results as the whole index, in the same order', async (query) => {
  const { index } = open(fixtures.files);
  expect(await everything(index, query)).toEqual(search(fixtures.full, query, Infinity));
});

/** Queries a reader could type, drawn from the archive's own words (deterministic). */
function drawnQueries(posts: Post[], count: number): string[] {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const words = posts.flatMap((post) =>
    post.questions.flatMap((q) => `${q.text} ${answerText(q)}`.split(/\s+/)),
  );
  const word = () => {
    const w = words[Math.floor(next() * words.length)]!.replace(/[.,?!"“”]/g, '');
    const start = Math.floor(next() * Math.max(1, w.length - 1));
    return w.slice(start, start + 1 + Math.floor(next() * 4)) || w;
  };
  return Array.from({ length: count }, (_, i) => {
    if (i % 5 === 0) return `${word()}를`; // a particle the text may not have
    if (i % 3 === 0) return `${word()} ${word()}`;
    return word();
  });
}

test('hundreds of drawn queries over 120 generated interviews: identical to the whole index', async () => {
  const { index } = open(archive.files);
  const queries = drawnQueries(archive.posts, 300);
  let withResults = 0;
  for (const query of queries) {
    const expected = search(archive.full, query, Infinity);
    if (expected.length > 0) withResults++;
    // The first screen (what the page fetches first) and the whole list.
    const session = await new QuerySession(index, query).start();
    // The first screen (what the page fetches first), the next, and the whole list.
    expect({ query, first: await session.first(20) }).toEqual({
      query,
      first: expected.slice(0, 20),
    });
    expect({ query, more: await session.first(40) }).toEqual({
      query,
      more: expected.slice(0, 40),
    });
    expect({ query, all: await everything(index, query) }).toEqual({ query, all: expected });
    expect(session.total).toBeGreaterThanOrEqual(Math.min(expected.length, 40));
  }
  // The draw must exercise the index, not only miss.
  expect(withResults).toBeGreaterThan(200);
});

test('a query downloads its shards and the text of the results on screen, nothing else', async () => {
  const { index, fetched } = open(archive.files);
  const query = '연구 결과';
  const session = await new QuerySession(index, query).start();
  const shardFiles = fetched.filter((file) => file.startsWith('s/'));
  expect(new Set(shardFiles).size).toBe(shardFiles.length);
  expect(shardFiles.length).toBe(index.shardsFor(query).length);
  expect(shardFiles.length).toBeLessThanOrEqual(2); // one bigram each
  expect(session.total).toBeGreaterThan(20);
  await session.first(20);
  expect(fetched.filter((file) => file.startsWith('d/'))).toHaveLength(20);
  const bytes = fetched.reduce((sum, file) => sum + gzipSync(archive.files.get(file)!).length, 0);
  const all = [...archive.files.values()].reduce((sum, text) => sum + gzipSync(text).length, 0);
  expect(bytes).toBeLessThan(all / 10);
  // A second query with the same words costs no request.
  const before = fetched.length;
  await index.rank('결과 연구');
  expect(fetched.length).toBe(before);
  expect(index.has('결과')).toBe(true);
});

test('a block with the bigrams of a word apart, not the word, is ranked and then dropped', async () => {
  const dir = folderWith({
    'a.md':
      '---\ntitle: 하나\ndate: 2024-01-02\n---\n**기자: 공지는 어디에?**\n\n답: 인공 호흡과 지능.\n',
    'b.md': '---\ntitle: 둘\ndate: 2024-01-01\n---\n**기자: 무엇을?**\n\n답: 인공지능입니다.\n',
  });
  const built = await build(dir);
  const { index } = open(built.files);
  const session = await new QuerySession(index, '인공지능').start();
  expect(session.total).toBe(2);
  const results = await session.first(20);
  expect(session.dropped).toBe(1);
  expect(session.total).toBe(1);
  expect(results.map((r) => r.slug)).toEqual(['b']);
  expect(results).toEqual(search(built.full, '인공지능', Infinity));
});

test('grams: every character and adjacent pair without white space; a word is covered', () => {
  expect([...gramsOf(fold('AI 모델'))].sort()).toEqual(['a', 'ai', 'i', '델', '모', '모델'].sort());
  expect(needleGrams('트랜스포머')).toEqual(['트랜', '스포', '포머']);
  expect(needleGrams('모델')).toEqual(['모델']);
  expect(needleGrams('책')).toEqual(['책']);
  for (const word of ['트랜스포머', '인공지능', 'gpt4', '식기세척기를']) {
    const covered = new Set(needleGrams(word).flatMap((gram) => [...gram]));
    expect([...covered].sort()).toEqual([...new Set(word)].sort());
  }
});

test('the files the build writes are the index in memory, byte for byte, and nothing else', async () => {
  // The content check streams the index to disk (lib/search/files.ts); a file lost or cut
  // between batches would leave a shard a query needs missing from the site.
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-search-files-'));
  const written = await writeSearchFiles(archive.posts, dir);
  const onDisk = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  expect(onDisk.sort()).toEqual([...archive.files.keys()].sort());
  expect(written.files).toBe(archive.files.size);
  // More files than one batch of writes, so the batching itself is exercised.
  expect(written.files).toBeGreaterThan(256);
  for (const [file, text] of archive.files) {
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(text);
  }
  expect(written.bytes).toBe(
    [...archive.files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  );
});
