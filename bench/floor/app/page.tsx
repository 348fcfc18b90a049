import { readFileSync } from 'node:fs';
import path from 'node:path';

// The floor shows the same words as our post page (the first post, bench/floor/interview.md)
// as plain paragraphs: no client components, no styling, nothing but Next.js itself. The file
// is found from the project root (`next build bench/floor`) or from the floor's own folder.
function interview(): { title: string; paragraphs: string[] } {
  const candidates = [path.join('bench', 'floor', 'interview.md'), 'interview.md'];
  const file = candidates.find((candidate) => {
    try {
      return readFileSync(candidate).length > 0;
    } catch {
      return false;
    }
  });
  if (!file) throw new Error(`bench/floor/interview.md not found from ${process.cwd()}`);
  const source = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const title = /^title:\s*'?(.*?)'?\s*$/m.exec(frontmatter)?.[1] ?? '';
  const paragraphs = body
    .split(/\n{2,}/)
    .map((block) => block.replace(/\*\*/g, '').trim())
    .filter(Boolean);
  return { title, paragraphs };
}

export default function Page() {
  const { title, paragraphs } = interview();
  return (
    <main>
      <h1>{title}</h1>
      {paragraphs.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  );
}
