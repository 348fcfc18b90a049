/**
 * `npm run bench:pictures`: what a picture costs the build and the reader. A 12-megapixel
 * photo-like JPEG (4000×3000, a gradient with grain: compresses like a photo, not like a flat
 * colour) is examined and encoded cold (its cached files removed first), then again warm; the
 * table gives the seconds, and the bytes of each file against the camera file a raw `<img>`
 * would send. Writes bench/results/pictures-<date>.json.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { cachedPicture, encodePicture } from '../lib/pictures/encode';
import { inspectPicture } from '../lib/pictures/inspect';
import { pictureFiles } from '../lib/pictures/variants';

const WORK = path.join(process.cwd(), 'bench', '.work', 'pictures');
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;

function photo(seed: number): Buffer {
  const [width, height] = [4000, 3000];
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  const grain = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 36;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const g = grain();
      pixels[i] = 70 + (130 * x) / width + g;
      pixels[i + 1] = 60 + (110 * y) / height + g;
      pixels[i + 2] = 150 - (70 * x) / width + g;
    }
  }
  return pixels;
}

mkdirSync(WORK, { recursive: true });
const rounds = [];
for (let round = 0; round < ROUNDS; round++) {
  const source = path.join(WORK, `photo-${round}.jpg`);
  await sharp(photo(round + 1), { raw: { width: 4000, height: 3000, channels: 3 } })
    .jpeg({ quality: 90 })
    .toFile(source);
  const examining = performance.now();
  const info = await inspectPicture(source);
  const examined = performance.now() - examining;
  for (const { file } of pictureFiles(info)) rmSync(cachedPicture(file), { force: true });
  const cold = performance.now();
  const encoded = await encodePicture({ source, info });
  const coldMs = performance.now() - cold;
  const warm = performance.now();
  const again = await encodePicture({ source, info });
  const warmMs = performance.now() - warm;
  const files = Object.fromEntries(
    pictureFiles(info).map(({ file }) => [
      path.basename(file).replace(/^\w+-/, ''),
      statSync(cachedPicture(file)).size,
    ]),
  );
  rounds.push({
    sourceBytes: statSync(source).size,
    examinedMs: examined,
    encoded,
    coldMs,
    again,
    warmMs,
    files,
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const result = {
  date: new Date().toISOString(),
  picture: '4000×3000 JPEG q90, gradient with grain',
  rounds,
  median: {
    sourceBytes: median(rounds.map((r) => r.sourceBytes)),
    examinedMs: median(rounds.map((r) => r.examinedMs)),
    coldMs: median(rounds.map((r) => r.coldMs)),
    warmMs: median(rounds.map((r) => r.warmMs)),
  },
};
const file = path.join(
  'bench',
  'results',
  `pictures-${result.date.slice(0, 19).replace(/:/g, '-')}.json`,
);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`\n${result.picture}, ${ROUNDS} rounds (medians)`);
console.log(
  `camera file ${kb(result.median.sourceBytes)}; examined in ${result.median.examinedMs.toFixed(0)} ms`,
);
console.log(
  `cold: ${rounds[0]!.encoded} files in ${(result.median.coldMs / 1000).toFixed(1)} s; warm: ${rounds[0]!.again} encoded in ${result.median.warmMs.toFixed(0)} ms`,
);
console.log('file sizes (first round):');
for (const [name, bytes] of Object.entries(rounds[0]!.files))
  console.log(`  ${name.padEnd(12)} ${kb(bytes)}`);
console.log(`written to ${file}`);
