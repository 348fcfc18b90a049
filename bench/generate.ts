/**
 * Synthetic interview posts of the first post's shape (source URL, bold lead, bold
 * `기자: 질문?` paragraphs, `Name:` answers of one to five paragraphs) in Korean, with varied
 * titles, lengths, categories and dates. Deterministic: the same seed gives the same posts.
 *
 *   npx tsx bench/generate.ts <folder> <count> [--articles]
 *
 * `--articles` writes posts without questions (listing tests: many posts, few pages each).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

const SOURCE = readFileSync(path.join(process.cwd(), 'posts/yann-lecun-on-llms.md'), 'utf8');
const SENTENCES = matter(SOURCE)
  .content.split('\n')
  .filter((line) => line && !line.startsWith('**') && !line.startsWith('http'))
  .flatMap((line) => line.replace(/^LeCun: /, '').split(/(?<=[.?!])\s+/))
  .filter((s) => s.length > 8);
const QUESTIONS = [...SOURCE.matchAll(/\*\*Barron's: (.+?)\*\*/g)].map((m) => m[1]!);
const PEOPLE = [
  '김서연',
  '이도윤',
  '박지호',
  'Geoffrey Hinton',
  '최하은',
  'Fei-Fei Li',
  '정민준',
  '강예린',
  '윤태오',
  'Demis Hassabis',
];
const ASKERS = ['기자', '편집부', 'Barron’s', '진행자'];
const CATEGORIES = [
  'NLP',
  '인공 지능',
  '로보틱스',
  '윤리',
  '스타트업',
  '연구 현장',
  'Computer Vision',
  '교육',
];
const TOPICS = [
  '대규모 언어 모델',
  '자율 주행',
  '로봇 학습',
  'AI 안전',
  '오픈 소스 모델',
  '멀티모달 AI',
  '강화 학습',
  '데이터 윤리',
  '반도체와 AI',
  '과학을 위한 AI',
];
const TITLE_SHAPES = [
  (p: string, t: string) => `${p}에게 묻다: ${t}의 다음 10년`,
  (p: string, t: string) => `${t}, 무엇이 과장이고 무엇이 진짜인가 — ${p} 인터뷰`,
  (p: string, t: string) => `"${t}는 아직 시작일 뿐" ${p}`,
  (p: string, t: string) => `${p}와 나눈 ${t} 이야기`,
  (p: string, t: string) =>
    `${t}의 현재와 미래에 대해 현장의 연구자 ${p}가 말하는 것들, 그리고 우리가 준비해야 할 질문들`,
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
  { articles = false, seed = 42 } = {},
): void {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const paragraph = () => Array.from({ length: between(2, 5) }, () => pick(SENTENCES)).join(' ');

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const person = pick(PEOPLE);
    const topic = pick(TOPICS);
    const asker = pick(ASKERS);
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 7 * 365) * 86_400_000);
    const lines = [
      '---',
      `title: ${JSON.stringify(pick(TITLE_SHAPES)(person, topic))}`,
      `date: ${day.toISOString().slice(0, 10)}`,
      `category: ${JSON.stringify(pick(CATEGORIES))}`,
      `tags: [${JSON.stringify(topic)}]`,
      '---',
      `https://example.com/interviews/${i}`,
      '',
      `**${person}는 ${topic} 분야에서 오래 일해 온 연구자다. ${paragraph()}**`,
      '',
    ];
    if (articles) {
      for (let p = 0; p < between(3, 8); p++) lines.push(paragraph(), '');
    } else {
      for (let q = 0; q < between(4, 12); q++) {
        lines.push(`**${asker}: ${pick(QUESTIONS)}**`, '', `${person}: ${paragraph()}`, '');
        for (let p = 0; p < between(0, 4); p++) lines.push(paragraph(), '');
      }
    }
    writeFileSync(path.join(dir, `post-${String(i + 1).padStart(4, '0')}.md`), lines.join('\n'));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const [dir, count, flag] = process.argv.slice(2);
  if (!dir || !count) throw new Error('usage: tsx bench/generate.ts <folder> <count> [--articles]');
  generatePosts(path.resolve(dir), Number(count), { articles: flag === '--articles' });
  console.log(`${count} posts in ${dir}`);
}
