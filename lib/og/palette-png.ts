import { endianness } from 'node:os';
import { deflateSync, inflateSync } from 'node:zlib';
import { ColourCounts } from './colour-counts';

/**
 * Share cards as 8-bit palette PNGs: a card is flat colours and anti-aliased text (under a
 * thousand distinct colours), so its 256 most used colours, every other pixel mapped to the
 * nearest of them, look the same at a third of the bytes of the truecolour PNG the renderer
 * writes. Still PNG, still 1200×630: every link previewer reads it.
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

interface Rgb {
  width: number;
  height: number;
  /** 3 bytes a pixel, row after row. */
  pixels: Buffer;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Decodes the 8-bit RGB or RGBA, non-interlaced PNG a renderer writes (alpha dropped). */
export function decodePng(png: Buffer): Rgb {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour})`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[out + x - channels]! : 0;
      const b = y > 0 ? rows[out - stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[out - stride + x - channels]! : 0;
      const value = line[x]!;
      const predicted =
        filter === 0
          ? 0
          : filter === 1
            ? a
            : filter === 2
              ? b
              : filter === 3
                ? (a + b) >> 1
                : paeth(a, b, c);
      rows[out + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 3) return { width, height, pixels: rows };
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < rows.length; i += 4, j += 3) {
    pixels[j] = rows[i]!;
    pixels[j + 1] = rows[i + 1]!;
    pixels[j + 2] = rows[i + 2]!;
  }
  return { width, height, pixels };
}

/** The PNG as a 256-colour palette PNG (lossless when it has 256 colours or fewer). */
export function toPalettePng(png: Buffer): Buffer {
  return palettePng({ ...decodePng(png), channels: 3 });
}

export interface RawImage {
  width: number;
  height: number;
  /** `channels` bytes a pixel (RGB or RGBA, alpha ignored), row after row. */
  pixels: Uint8Array;
  channels: 3 | 4;
  /** How hard the rows are deflated (zlib's 1–9; 6 when not given). */
  level?: number;
}

const LITTLE_ENDIAN = endianness() === 'LE';

/** The pixels as runs of one colour (0xRRGGBB): a card is ~750,000 pixels and ~25,000 runs. */
function runsOf(pixels: Uint8Array, channels: 3 | 4) {
  let colours = new Int32Array(4096);
  let lengths = new Int32Array(4096);
  let count = 0;
  const push = (rgb: number, length: number) => {
    if (count === colours.length) {
      colours = grow(colours);
      lengths = grow(lengths);
    }
    colours[count] = rgb;
    lengths[count++] = length;
  };
  const total = pixels.length / channels;
  if (channels === 4 && pixels.byteOffset % 4 === 0 && LITTLE_ENDIAN) {
    // RGBA a word at a time, read in place (no copy): a run is equal words, alpha included;
    // the word is little-endian (0xAABBGGRR), turned into 0xRRGGBB once a run.
    const words = new Uint32Array(pixels.buffer, pixels.byteOffset, total);
    let run = words[0]!;
    let start = 0;
    for (let i = 1; i < total; i++) {
      const word = words[i]!;
      if (word === run) continue;
      push(((run & 0xff) << 16) | (run & 0xff00) | ((run >>> 16) & 0xff), i - start);
      run = word;
      start = i;
    }
    if (total > 0)
      push(((run & 0xff) << 16) | (run & 0xff00) | ((run >>> 16) & 0xff), total - start);
    return { colours, lengths, count };
  }
  let run = -1;
  let start = 0;
  for (let i = 0; i < total; i++) {
    const at = i * channels;
    const rgb = (pixels[at]! << 16) | (pixels[at + 1]! << 8) | pixels[at + 2]!;
    if (rgb === run) continue;
    if (i > 0) push(run, i - start);
    run = rgb;
    start = i;
  }
  if (total > 0) push(run, total - start);
  return { colours, lengths, count };
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Raw pixels (what the renderer draws, before any PNG) as a 256-colour palette PNG: encoding
 * truecolour only to decode it again cost more than drawing the card.
 */
export function palettePng({ width, height, pixels, channels, level = 6 }: RawImage): Buffer {
  const runs = runsOf(pixels, channels);
  // Colours by pixel count, in the order their first run ended (the sort keeps ties).
  const counts = new ColourCounts();
  for (let r = 0; r < runs.count; r++) counts.add(runs.colours[r]!, runs.lengths[r]!);
  const palette = counts.byCount().slice(0, 256);
  const index = new Map<number, number>(palette.map((rgb, i) => [rgb, i]));
  // A colour past the 256th (a rare anti-aliasing shade) takes the nearest kept one, by a
  // distance weighted as the eye weighs red, green and blue.
  const [reds, greens, blues] = [16, 8, 0].map((shift) =>
    Int32Array.from(palette, (rgb) => (rgb >> shift) & 0xff),
  ) as [Int32Array, Int32Array, Int32Array];
  const nearest = (rgb: number) => {
    const r = (rgb >> 16) & 0xff;
    const g = (rgb >> 8) & 0xff;
    const b = rgb & 0xff;
    let best = 0;
    let bestDistance = Infinity;
    for (let i = 0; i < palette.length; i++) {
      const dr = reds[i]! - r;
      const dg = greens[i]! - g;
      const db = blues[i]! - b;
      const distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  };
  // The palette index of each colour, by its slot in the counts: one typed-array read a run.
  const indexOf = new Uint8Array(counts.capacity);
  for (const rgb of counts.colours()) indexOf[counts.slotOf(rgb)] = index.get(rgb) ?? nearest(rgb);

  // Each row: filter 0, then one palette index a pixel (flat areas deflate to almost nothing),
  // written a run at a time: a run that crosses the end of a row is cut there.
  const rows = new Uint8Array((width + 1) * height);
  let x = 0;
  let at = 1;
  for (let r = 0; r < runs.count; r++) {
    const value = indexOf[counts.slotOf(runs.colours[r]!)]!;
    let left = runs.lengths[r]!;
    while (left > 0) {
      const n = Math.min(left, width - x);
      // Most runs are a few pixels of anti-aliasing: a loop beats a call for those.
      if (n < 16) for (let k = at; k < at + n; k++) rows[k] = value;
      else rows.fill(value, at, at + n);
      at += n;
      x += n;
      left -= n;
      if (x === width) {
        x = 0;
        at += 1;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((rgb, i) => {
    plte[i * 3] = (rgb >> 16) & 0xff;
    plte[i * 3 + 1] = (rgb >> 8) & 0xff;
    plte[i * 3 + 2] = rgb & 0xff;
  });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
