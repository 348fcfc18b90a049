import { fold } from './engine';

/**
 * The posting lists of the sharded index (./shards.ts): for every gram (a character, or two
 * adjacent ones, with no white space) of every block's folded fields, the blocks that contain
 * it, in block order, one list per field.
 *
 * At 5,000 posts that is ~9.4 million block numbers under ~40,000 grams. Held as JavaScript
 * arrays (one per gram and field, grown as blocks were added, each gram a fresh string and each
 * field a Set) they made the content check's heap grow by ~120 MB live and its memory by
 * ~300 MB while it lasted, at the moment `next build` starts its render workers. Here a gram is
 * a number while it is counted, and the lists are one typed array: the blocks are read twice
 * (counted, then placed), ~4 bytes a posting and no garbage.
 */

/**
 * The code units `/\s/` matches (what gramsOf skips), as a lookup table. Made on first use: the
 * browser's search bundle imports ./shards.ts, and must neither ship nor run this.
 */
let spaceTable: Uint8Array | undefined;
function whiteSpace(): Uint8Array {
  if (!spaceTable) {
    spaceTable = new Uint8Array(0x10000);
    for (let code = 0; code < spaceTable.length; code++) {
      if (/\s/.test(String.fromCharCode(code))) spaceTable[code] = 1;
    }
  }
  return spaceTable;
}

/** A single code unit is its own key; a pair a, b is (a + 1) · 65536 + b (never below 65536). */
function gramText(key: number): string {
  return key < 0x10000
    ? String.fromCharCode(key)
    : String.fromCharCode(Math.floor(key / 0x10000) - 1, key % 0x10000);
}

/** Calls `visit` with the key of every character and adjacent pair of `folded` (repeats too). */
function eachGramKey(folded: string, visit: (key: number) => void) {
  const SPACE = whiteSpace();
  for (let i = 0; i < folded.length; i++) {
    const a = folded.charCodeAt(i);
    if (SPACE[a]) continue;
    visit(a);
    if (i + 1 < folded.length) {
      const b = folded.charCodeAt(i + 1);
      if (!SPACE[b]) visit((a + 1) * 0x10000 + b);
    }
  }
}

/** Every character and adjacent pair of `folded` that has no white space (query words never do). */
export function gramsOf(folded: string): Set<string> {
  const grams = new Set<string>();
  eachGramKey(folded, (key) => grams.add(gramText(key)));
  return grams;
}

/** A Uint32Array that doubles when `at` is past its end. */
function grown(array: Uint32Array, at: number): Uint32Array {
  if (at < array.length) return array;
  const bigger = new Uint32Array(Math.max(at + 1, array.length * 2));
  bigger.set(array);
  return bigger;
}

export interface PostingTable {
  /** Every gram, sorted by code unit (the order of JavaScript's default sort). */
  grams: string[];
  /** The blocks that contain `gram` in each field, ascending; undefined for an unknown gram. */
  postings(gram: string): Uint32Array[] | undefined;
}

/**
 * The posting lists of `blocks`, each block its fields' texts in field order, every block with
 * as many fields as the first (blocks are numbered by their place).
 */
export function postingTable(blocks: ReadonlyArray<readonly string[]>): PostingTable {
  const fields = blocks[0]?.length ?? 0;
  const gramOfKey = new Map<number, number>();
  const keys: number[] = [];
  // Per gram and field (slot = gram · fields + field): how many blocks, and the last block
  // counted (block + 1, so 0 is "none"), which keeps a block from being counted twice.
  let counts: Uint32Array = new Uint32Array(1024);
  let last: Uint32Array = new Uint32Array(1024);

  const eachSlot = (visit: (slot: number, block: number) => void) => {
    blocks.forEach((texts, block) => {
      texts.forEach((text, field) => {
        eachGramKey(fold(text), (key) => {
          let gram = gramOfKey.get(key);
          if (gram === undefined) {
            gram = keys.length;
            gramOfKey.set(key, gram);
            keys.push(key);
          }
          const slot = gram * fields + field;
          last = grown(last, slot);
          if (last[slot] === block + 1) return;
          last[slot] = block + 1;
          visit(slot, block);
        });
      });
    });
  };

  eachSlot((slot) => {
    counts = grown(counts, slot);
    counts[slot]! += 1;
  });
  const slots = keys.length * fields;
  // starts[slot] is where the slot's list begins in `lists`; starts[slot + 1] where it ends.
  const starts = new Uint32Array(slots + 1);
  for (let slot = 0; slot < slots; slot++) starts[slot + 1] = starts[slot]! + (counts[slot] ?? 0);
  const lists = new Uint32Array(starts[slots]!);
  const filled = starts.slice(0, slots);
  last = new Uint32Array(slots);
  eachSlot((slot, block) => {
    lists[filled[slot]!++] = block;
  });

  const gramIndex = new Map(keys.map((key, gram) => [gramText(key), gram]));
  return {
    grams: [...gramIndex.keys()].sort(),
    postings(gram) {
      const at = gramIndex.get(gram);
      if (at === undefined) return undefined;
      return Array.from({ length: fields }, (_, field) => {
        const slot = at * fields + field;
        return lists.subarray(starts[slot]!, starts[slot + 1]!);
      });
    },
  };
}
