import { deflateSync, inflateSync } from 'node:zlib';
import { decodePng, palettePng, toPalettePng } from '@/lib/og/palette-png';

/** A truecolour PNG of `pixels` (RGB), rows with filter type `filter` (1 = Sub, 2 = Up). */
function rgbPng(width: number, height: number, pixels: number[], filter = 0): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const stride = width * 3;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const value = pixels[y * stride + x]!;
      const left = x >= 3 ? pixels[y * stride + x - 3]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const predicted = filter === 1 ? left : filter === 2 ? up : 0;
      rows[y * (stride + 1) + 1 + x] = (value - predicted + 256) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reads a palette PNG back to RGB: what a previewer shows. */
function paletteToRgb(png: Buffer) {
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')![0]!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const plte = chunks.get('PLTE')![0]!;
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT')!));
  const pixels: number[] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x]! * 3;
      pixels.push(plte[i]!, plte[i + 1]!, plte[i + 2]!);
    }
  }
  return { width, height, colourType: header[9], pixels };
}

describe('palette PNG cards', () => {
  const width = 40;
  const height = 20;
  // 200 colours: a gradient row by row, as a card's background and anti-aliased text are.
  const few = Array.from({ length: width * height }, (_, i) => i % 200)
    .map((c) => [c, (c * 7) % 256, 90])
    .flat();

  test.each([0, 1, 2])(
    'with ≤ 256 colours it is lossless (rows filtered with type %i)',
    (filter) => {
      const png = rgbPng(width, height, few, filter);
      expect(decodePng(png).pixels).toEqual(Buffer.from(few));
      const palette = paletteToRgb(toPalettePng(png));
      expect(palette).toMatchObject({ width, height, colourType: 3 });
      expect(palette.pixels).toEqual(few);
    },
  );

  test('with more colours, each rare one becomes its nearest common one', () => {
    // 256 common colours (4 pixels each) and 40 rare ones, each 1 away from a common one.
    const common = Array.from({ length: 256 }, (_, i) => [i, 255 - i, (i * 3) % 256]);
    const pixels = [
      ...common.flatMap((c) => [...c, ...c, ...c, ...c]),
      ...common.slice(0, 40).flatMap(([r, g, b]) => [r!, g!, Math.min(255, b! + 1)]),
    ];
    const png = rgbPng(pixels.length / 3, 1, pixels);
    const out = paletteToRgb(toPalettePng(png)).pixels;
    expect(out.slice(0, 256 * 12)).toEqual(pixels.slice(0, 256 * 12));
    const rare = out.slice(256 * 12);
    common.slice(0, 40).forEach(([r, g, b], i) => {
      expect(rare.slice(i * 3, i * 3 + 3)).toEqual([r, g, b]);
    });
  });

  test('the renderer’s RGBA pixels give the same palette PNG as their truecolour PNG', () => {
    const rgba = Uint8Array.from(
      Array.from({ length: width * height }, (_, i) => [
        ...few.slice(i * 3, i * 3 + 3),
        255,
      ]).flat(),
    );
    const fromPixels = palettePng({ width, height, pixels: rgba, channels: 4 });
    expect(paletteToRgb(fromPixels).pixels).toEqual(few);
    expect(fromPixels.equals(toPalettePng(rgbPng(width, height, few)))).toBe(true);
  });

  test('runs of one colour across row ends, RGBA read in place or not, RGB: the same picture', () => {
    // Flat bands longer than a row (a card's background) and short runs (its text's edges).
    const bands = Array.from({ length: width * height }, (_, i) =>
      i < 130
        ? [250, 250, 247]
        : i < 135
          ? [20, 33, 61]
          : i % 97 < 3
            ? [31, 95, 174]
            : [230, 238, 248],
    );
    const rgb = bands.flat();
    const rgba = bands.flatMap((c) => [...c, 255]);
    const aligned = Uint8Array.from(rgba);
    // One byte in: the words cannot be read in place, so the pixels are read a byte at a time.
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    const fromAligned = palettePng({ width, height, pixels: aligned, channels: 4 });
    expect(paletteToRgb(fromAligned).pixels).toEqual(rgb);
    expect(palettePng({ width, height, pixels: shifted, channels: 4 }).equals(fromAligned)).toBe(
      true,
    );
    expect(palettePng({ width, height, pixels: Uint8Array.from(rgb), channels: 3 })).toEqual(
      fromAligned,
    );
  });

  test('anything but an 8-bit truecolour PNG is refused with a reason', () => {
    expect(() => toPalettePng(Buffer.from('not a png'))).toThrow('not a PNG');
  });
});
