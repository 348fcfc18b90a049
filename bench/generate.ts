/**
 * Synthetic interview posts of the first post's shape (source URL, bold lead, bold
 * `기자: 질문?` paragraphs, `Name:` answers of one to five paragraphs) in Korean prose composed
 * by bench/korean-text.ts: varied vocabulary in six fields, generated names, organisations and
 * numbers, so that index sizes and gzip ratios are honest. A pool of about a third as many
 * interviewees as posts (people are interviewed more than once, as in a real archive).
 * Deterministic: the same seed gives the same posts.
 *
 *   npx tsx bench/generate.ts <folder> <count> [--articles[=N]]
 *
 * `--articles` writes posts without questions (listings: many posts, few pages each); with
 * `=N`, only the last N of the posts are articles and the others interviews.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { KoreanText } from './korean-text';

const ASKERS = ['기자', '편집부', '진행자', 'Q'];
const CATEGORIES = [
  'NLP',
  '인공 지능',
  '로보틱스',
  '윤리',
  '스타트업',
  '연구 현장',
  'Computer Vision',
  '교육',
  '경제',
  '문화',
  '과학',
  '도시',
  '건강',
];
const TITLE_SHAPES = [
  (p: string, t: string) => `${p}에게 묻다: ${t}의 다음 10년`,
  (p: string, t: string) => `${t}, 무엇이 과장이고 무엇이 진짜인가 — ${p} 인터뷰`,
  (p: string, t: string) => `"${t}는 아직 시작일 뿐" ${p}`,
  (p: string, t: string) => `${p}와 나눈 ${t} 이야기`,
  (p: string, t: string) =>
    `${t}의 현재와 미래에 대해 현장의 ${p}가 말하는 것들, 그리고 우리가 준비해야 할 질문들`,
];

/** mulberry32: small, fast, deterministic. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePosts(
  dir: string,
  count: number,
  { articles = 0, seed = 42 }: { articles?: number; seed?: number } = {},
): void {
  const text = new KoreanText(random(seed));
  const people = Array.from({ length: Math.max(10, Math.ceil(count / 3)) }, () => text.name());

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const person = text.pick(people);
    const field = text.field();
    const topic = text.noun(field);
    const asker = text.pick(ASKERS);
    const day = new Date(Date.UTC(2019, 0, 1) + text.between(0, 7 * 365 - 1) * 86_400_000);
    const lines = [
      '---',
      `title: ${JSON.stringify(text.pick(TITLE_SHAPES)(person, topic))}`,
      `date: ${day.toISOString().slice(0, 10)}`,
      `category: ${JSON.stringify(text.pick(CATEGORIES))}`,
      `tags: [${JSON.stringify(topic)}]`,
      '---',
      `https://example.com/interviews/${i}`,
      '',
      `**${person} 씨는 ${text.organisation()}에서 ${topic} 분야를 오래 다뤄 왔다. ${text.paragraph(field, 1, 3)}**`,
      '',
    ];
    if (i >= count - articles) {
      for (let p = 0; p < text.between(3, 8); p++) lines.push(text.paragraph(field), '');
    } else {
      for (let q = 0; q < text.between(4, 12); q++) {
        lines.push(
          `**${asker}: ${text.question(field)}**`,
          '',
          `${person}: ${text.paragraph(field)}`,
          '',
        );
        for (let p = 0; p < text.between(0, 4); p++) lines.push(text.paragraph(field), '');
      }
    }
    writeFileSync(path.join(dir, `post-${String(i + 1).padStart(4, '0')}.md`), lines.join('\n'));
  }
}

/**
 * Gives every post in `dir` a cover of its own (`images/cover-<n>.jpg`, `width`×`height`, a
 * camera JPEG at quality 90): a small random image enlarged and softened, different for each
 * post, so each is examined and encoded as a photo of its own would be.
 */
export async function addCovers(dir: string, width = 1600, height = 1200): Promise<number> {
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  const posts = readdirSync(dir).filter((name) => name.endsWith('.md'));
  const next = random(7);
  for (const [i, name] of posts.entries()) {
    const seed = Buffer.alloc(40 * 30 * 3).map(() => Math.floor(next() * 256));
    const cover = `images/cover-${i + 1}.jpg`;
    await sharp(seed, { raw: { width: 40, height: 30, channels: 3 } })
      .resize(width, height)
      .blur(3)
      .jpeg({ quality: 90 })
      .toFile(path.join(dir, cover));
    const file = path.join(dir, name);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^---\n/,
        `---\nimage: ${cover}\nimageAlt: 인터뷰이가 작업실 창가에 선 모습\n`,
      ),
    );
  }
  return posts.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const [dir, count, flag] = process.argv.slice(2);
  if (!dir || !count || (flag && !/^--articles(=\d+)?$/.test(flag)))
    throw new Error('usage: tsx bench/generate.ts <folder> <count> [--articles[=N]]');
  const articles = flag ? Number(flag.split('=')[1] ?? count) : 0;
  generatePosts(path.resolve(dir), Number(count), { articles });
  console.log(`${count} posts in ${dir}`);
}
