import { WEIGHTS, prepare, search, variants } from './engine';
import type { SearchResult } from './engine';
import type { SearchIndex } from './index-data';
import { FIELDS, needleGrams, shardOf, undelta } from './shards';
import type { Postings, SearchDoc, SearchMeta } from './shards';

/** Reads one file of the index folder (`s/3.json`, `d/120.json`): fetch in the browser. */
export type LoadFile = (file: string) => Promise<unknown>;

export interface Ranked {
  id: number;
  /** The most the engine can score this block: its true score once its text is checked. */
  bound: number;
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

/**
 * The sharded index (lib/search/shards.ts) seen from the search page: ranks the blocks from
 * the shards of the query's grams, then fetches and checks the text of the blocks on screen
 * with the engine itself, so matching, marks and snippets are the engine's. Files are fetched
 * once and kept for the next queries.
 */
export class ShardedIndex {
  private readonly shards = new Map<number, Promise<Record<string, Postings>>>();
  private readonly docs = new Map<number, Promise<SearchDoc>>();

  constructor(
    readonly meta: SearchMeta,
    private readonly load: LoadFile,
  ) {}

  /** The words of a query, each with its stem when it ends in a particle (engine.variants). */
  static words(query: string): string[][] {
    return query.trim().split(/\s+/).filter(Boolean).map(variants);
  }

  /** The shard files a query needs: a page may fetch them before ranking. */
  shardsFor(query: string): number[] {
    const grams = ShardedIndex.words(query).flat().flatMap(needleGrams);
    return [...new Set(grams.map((gram) => shardOf(gram, this.meta.shards)))];
  }

  /** Whether every shard a query needs is already here (then ranking costs no request). */
  has(query: string): boolean {
    return this.shardsFor(query).every((n) => this.shards.has(n));
  }

  private shard(n: number) {
    let shard = this.shards.get(n);
    if (!shard) {
      shard = this.load(`s/${n}.json`) as Promise<Record<string, Postings>>;
      // A failed request is not kept: the next query tries again.
      shard.catch(() => this.shards.delete(n));
      this.shards.set(n, shard);
    }
    return shard;
  }

  private doc(id: number) {
    let doc = this.docs.get(id);
    if (!doc) {
      doc = this.load(`d/${id}.json`) as Promise<SearchDoc>;
      doc.catch(() => this.docs.delete(id));
      this.docs.set(id, doc);
    }
    return doc;
  }

  /** Blocks that contain the needle in each field (every gram of it present in that field). */
  private async fieldsWith(needle: string): Promise<number[][]> {
    const grams = needleGrams(needle);
    const lists = await Promise.all(
      grams.map(async (gram) => (await this.shard(shardOf(gram, this.meta.shards)))[gram]),
    );
    return FIELDS.map((_, field) => {
      let ids: number[] | undefined;
      for (const postings of lists) {
        const these = postings ? undelta(postings[field]!) : [];
        ids = ids ? intersect(ids, these) : these;
      }
      return ids ?? [];
    });
  }

  /**
   * Every block that may match, best first by the most it can score, then block id. A word's
   * bound is the best field of any of its variants: the engine scores the first variant it
   * finds, and the index cannot tell a word from its bigrams apart, so the true score may be
   * lower — QuerySession fetches until the order is certain.
   */
  async rank(query: string): Promise<Ranked[]> {
    const words = ShardedIndex.words(query);
    if (words.length === 0) return [];
    // Every shard at once: one round trip, not one per word.
    await Promise.all(this.shardsFor(query).map((n) => this.shard(n)));
    let bounds: Map<number, number> | undefined;
    for (const options of words) {
      const weights = new Map<number, number>();
      for (const fields of await Promise.all(options.map((o) => this.fieldsWith(o)))) {
        fields.forEach((ids, field) => {
          const weight = WEIGHTS[FIELDS[field]!];
          for (const id of ids) weights.set(id, Math.max(weights.get(id) ?? 0, weight));
        });
      }
      const next = new Map<number, number>();
      for (const [id, weight] of weights) {
        if (!bounds) next.set(id, weight);
        else if (bounds.has(id)) next.set(id, bounds.get(id)! + weight);
      }
      bounds = next;
      if (bounds.size === 0) break;
    }
    return [...(bounds ?? [])]
      .map(([id, bound]) => ({ id, bound }))
      .sort((a, b) => b.bound - a.bound || a.id - b.id);
  }

  /** The engine's results for these blocks (their text fetched), each with its block id. */
  async check(query: string, ids: number[]): Promise<Array<SearchResult & { id: number }>> {
    const docs = await Promise.all(ids.map((id) => this.doc(id)));
    const index: SearchIndex = { posts: [], entries: [] };
    const postAt = new Map<string, number>();
    const idOf = new Map<string, number>();
    docs.forEach(([slug, title, date, n, question, speakers, answer], i) => {
      let post = postAt.get(slug);
      if (post === undefined) {
        post = index.posts.push([slug, title, date]) - 1;
        postAt.set(slug, post);
      }
      index.entries.push([post, n, question, speakers, answer]);
      idOf.set(`${slug}#${n}`, ids[i]!);
    });
    return search(prepare(index), query, Infinity).map((result) => ({
      ...result,
      id: idOf.get(`${result.slug}#${result.n}`)!,
    }));
  }
}

/**
 * One query's results, fetched a screen at a time. A result is shown only when no block still
 * unchecked could rank above it (its score beats the next block's bound), so the list is in the
 * engine's exact order however far the reader pages.
 */
export class QuerySession {
  private ranked: Ranked[] = [];
  private next = 0;
  private checked: Array<SearchResult & { id: number }> = [];
  /** Blocks ranked that turned out not to contain every word. */
  dropped = 0;

  constructor(
    private readonly index: ShardedIndex,
    readonly query: string,
  ) {}

  async start(): Promise<this> {
    this.ranked = await this.index.rank(this.query);
    return this;
  }

  /** How many results there are, as far as is known (exact once every block is checked). */
  get total(): number {
    return this.ranked.length - this.dropped;
  }

  private certain(): number {
    const frontier = this.ranked[this.next];
    if (!frontier) return this.checked.length;
    const at = this.checked.findIndex(
      (r) => !(r.score > frontier.bound || (r.score === frontier.bound && r.id < frontier.id)),
    );
    return at === -1 ? this.checked.length : at;
  }

  /** The first `count` results in order (fewer when there are fewer). */
  async first(count: number): Promise<SearchResult[]> {
    while (this.certain() < count && this.next < this.ranked.length) {
      const batch = this.ranked
        .slice(this.next, this.next + Math.max(count - this.certain(), 4))
        .map(({ id }) => id);
      this.next += batch.length;
      const found = await this.index.check(this.query, batch);
      this.dropped += batch.length - found.length;
      this.checked = [...this.checked, ...found].sort((a, b) => b.score - a.score || a.id - b.id);
    }
    return this.checked.slice(0, Math.min(count, this.certain())).map(({ id: _, ...r }) => r);
  }
}
