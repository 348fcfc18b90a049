/**
 * How many pixels each colour (0xRRGGBB) of an image has, in an open-addressing hash table of
 * typed arrays: a card has a few hundred to a few thousand colours and tens of thousands of
 * runs, and a `Map` spent more time hashing boxed numbers than the rest of the encoder.
 */
export class ColourCounts {
  private keys: Int32Array;
  private counts: Float64Array;
  /** Slots in the order their colour was first added. */
  private order: Int32Array;
  size = 0;

  get capacity(): number {
    return this.keys.length;
  }

  constructor(capacity = 4096) {
    this.keys = new Int32Array(capacity).fill(-1);
    this.counts = new Float64Array(capacity);
    this.order = new Int32Array(capacity);
  }

  /** Adds `pixels` to the colour's count; returns the colour's slot, stable until it grows. */
  add(rgb: number, pixels: number): number {
    if (this.size * 2 >= this.keys.length) this.grow();
    const slot = this.slotOf(rgb);
    if (this.keys[slot] === -1) {
      this.keys[slot] = rgb;
      this.order[this.size++] = slot;
    }
    this.counts[slot]! += pixels;
    return slot;
  }

  /** The slot holding `rgb`, or the empty slot where it would go. */
  slotOf(rgb: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(rgb, 0x9e3779b1) >>> 0;
    for (slot &= mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]!;
      if (key === rgb || key === -1) return slot;
    }
  }

  /** Colours by pixel count, most first; ties keep the order they were first added in. */
  byCount(): number[] {
    const slots = Array.from(this.order.subarray(0, this.size));
    slots.sort((a, b) => this.counts[b]! - this.counts[a]!);
    return slots.map((slot) => this.keys[slot]!);
  }

  /** Every colour, in the order first added. */
  colours(): number[] {
    return Array.from(this.order.subarray(0, this.size), (slot) => this.keys[slot]!);
  }

  private grow() {
    const old = { keys: this.keys, counts: this.counts, order: this.order, size: this.size };
    const capacity = this.keys.length * 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.counts = new Float64Array(capacity);
    this.order = new Int32Array(capacity);
    this.size = 0;
    for (let i = 0; i < old.size; i++) {
      const slot = old.order[i]!;
      this.add(old.keys[slot]!, old.counts[slot]!);
    }
  }
}
