import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Card } from '@/lib/og/cards-for';
import { writeCardList } from '@/lib/og/card-files';
import { runCheck } from '../helpers/content';

/**
 * The build draws the share cards in a process of its own (scripts/draw-cards.ts), from the
 * list the content check writes (`--cards`), once the check has ended.
 */
const tsx = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    encoding: 'utf8',
    env: { ...process.env, POSTS_DIR: 'tests/fixtures/site-posts' },
  });

const scratch = () => mkdtempSync(path.join(tmpdir(), 'daedam-cards-'));

function listedCards(): Card[] {
  const list = path.join(scratch(), 'cards.jsonl');
  const result = runCheck('tests/fixtures/site-posts', '--cards', list);
  expect(result.status).toBe(0);
  // One card a line: the drawing process reads them as it goes (lib/og/card-files.ts).
  const lines = readFileSync(list, 'utf8').split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => JSON.parse(line) as Card);
}

test('the check lists a card for every published post and every question', () => {
  const cards = listedCards();
  const posts = cards.filter((card) => card.kind === 'post');
  expect(posts.map((card) => card.path).sort()).toEqual([
    '/posts/hand-written/og.png',
    '/posts/panel-on-korean-nlp/og.png',
    // Its cover photo is in its cards: a JPEG (lib/og/photo.ts).
    '/posts/photo-essay/og.jpg',
    '/posts/plain-essay/og.png',
  ]);
  const questions = cards.filter((card) => card.kind === 'question');
  expect(questions.length).toBeGreaterThan(0);
  for (const card of questions) {
    const photo = card.path.startsWith('/posts/photo-essay/');
    expect(card.path).toMatch(/^\/posts\/[a-z-]+\/q\/\d+\/og\.(png|jpg)$/);
    expect([card.path, card.format]).toEqual([card.path, photo ? 'jpeg' : 'png']);
  }
});

test('the listed cards are drawn into the folder as 1200×630 PNGs, with a photo JPEGs', async () => {
  const listed = listedCards();
  const cards = [
    listed.find((card) => card.format === 'png')!,
    ...listed.filter((card) => card.format === 'jpeg').slice(0, 2),
  ];
  const dir = scratch();
  const list = path.join(dir, 'cards.jsonl');
  writeCardList(list, cards);
  const result = tsx('scripts/draw-cards.ts', list, path.join(dir, 'out'));
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/✓ share cards: 3 /);
  for (const card of cards) {
    const { format, width, height } = await sharp(path.join(dir, 'out', card.path)).metadata();
    expect([card.path, format, width, height]).toEqual([card.path, card.format, 1200, 630]);
  }
});

test('a card that cannot be written stops with exit 1 and names its post', () => {
  const [card] = listedCards();
  const dir = scratch();
  const list = path.join(dir, 'cards.jsonl');
  writeCardList(list, [card!]);
  // The folder the cards should go into is a file: nothing can be written under it.
  const blocked = path.join(dir, 'blocked');
  writeFileSync(blocked, '');
  const result = tsx('scripts/draw-cards.ts', list, blocked);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`could not write ${card!.what} to `);
  expect(result.stderr).toMatch(/posts\/hand-written\.mdx|panel-on-korean-nlp\.md|plain-essay\.md/);
});
