import { CATALOGUES } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n';

/**
 * The interface's words (lib/i18n): every language has every key, and what each key says is
 * in its own language. TypeScript checks the keys too (each catalogue has the Korean one's
 * type); this also catches a key left empty, a function that returns nothing, and a Korean
 * word copied into the English or Japanese catalogue.
 */
type Entry = [path: string, value: unknown];

function entries(node: unknown, prefix = ''): Entry[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    entries(value, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * What a key says, whatever arguments it takes (names, numbers, a list of counts): every
 * pattern it accepts is tried; a function that accepts none fails the test.
 */
const ARGUMENTS: unknown[][] = [
  [1, 1, 'https://x.example/llms.txt'],
  [2, 12, 'https://x.example/llms.txt'],
  [3, 0, 'https://x.example/llms.txt'],
  ['Ann Lee', 'Ann Lee', 'Ann Lee'],
  ['2024', 'Ann Lee', 'Ann Lee'],
  ['Ann Lee', ['3 interviews given', '2 answers'], 'Ann Lee'],
];
function sayings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return [value.join('')];
  if (typeof value !== 'function') return [String(value)];
  const said = ARGUMENTS.flatMap((args) => {
    try {
      return [String(value(...args))];
    } catch {
      return [];
    }
  });
  expect(said.length).toBeGreaterThan(0);
  return said;
}

const HANGUL = /\p{Script=Hangul}/u;
const KANA_OR_HAN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const keysOf = (catalogue: Messages) => entries(catalogue).map(([key]) => key);

describe.each(Object.keys(CATALOGUES) as Array<keyof typeof CATALOGUES>)(
  'the %s catalogue',
  (language) => {
    const catalogue = CATALOGUES[language];

    test('has every key the Korean one has, and no other', () => {
      expect(keysOf(catalogue)).toEqual(keysOf(CATALOGUES.ko));
    });

    test('says something for every key, with any arguments', () => {
      for (const [key, value] of entries(catalogue)) {
        for (const said of sayings(value)) {
          expect([key, said.trim().length > 0, said.includes('undefined')]).toEqual([
            key,
            true,
            false,
          ]);
        }
      }
    });

    test('speaks its own language', () => {
      for (const [key, value] of entries(catalogue)) {
        // Arrays such as ['', ' 인터뷰'] may hold an empty part; the words are in the others.
        const said = sayings(value).join(' ');
        if (language === 'en')
          expect([key, HANGUL.test(said) || KANA_OR_HAN.test(said)]).toEqual([key, false]);
        if (language === 'ja') expect([key, HANGUL.test(said)]).toEqual([key, false]);
      }
      // Korean and Japanese say most things in their script; a key left in English would show.
      const script = language === 'ko' ? HANGUL : language === 'ja' ? KANA_OR_HAN : /[a-z]/i;
      const inScript = entries(catalogue).filter(([, value]) =>
        script.test(sayings(value).join(' ')),
      );
      expect(inScript.length / entries(catalogue).length).toBeGreaterThan(0.85);
    });
  },
);
