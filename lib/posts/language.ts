import { site } from '@/lib/site';

/**
 * The language of a post: frontmatter `lang` (a BCP 47 tag), else guessed from its text. The
 * guess only tells apart the scripts it can see: Hangul → ko, kana → ja, Han alone → zh,
 * Latin → en. A post in French or German says so with `lang: fr`.
 */
export const SITE_LANGUAGE: string = site.locale;

const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

interface ScriptCounts {
  hangul: number;
  kana: number;
  han: number;
  latin: number;
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { hangul: 0, kana: 0, han: 0, latin: 0 };
  for (const char of text) {
    if (HANGUL.test(char)) counts.hangul++;
    else if (KANA.test(char)) counts.kana++;
    else if (HAN.test(char)) counts.han++;
    else if (LATIN.test(char)) counts.latin++;
  }
  return counts;
}

/**
 * One Hangul syllable or kanji carries about what three Latin letters do, so Latin letters
 * are weighed by a third: a Korean interview full of `LLM`, `ChatGPT` and English names is
 * still Korean.
 */
export function detectLanguage(text: string): string {
  const { hangul, kana, han, latin } = countScripts(text);
  const total = hangul + kana + han + latin / 3;
  if (total === 0) return SITE_LANGUAGE;
  // Japanese prose writes kana between its kanji; Korean may quote a few kanji, never kana.
  if (kana / total >= 0.1) return 'ja';
  if (hangul / total >= 0.3) return 'ko';
  if (han / total >= 0.3) return 'zh';
  if (latin / 3 / total >= 0.5) return 'en';
  return SITE_LANGUAGE;
}

/** `en-GB` → `en-GB`, `EN_us` is refused by the caller; the canonical form, or null. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

// The region Open Graph expects when a post only names its language.
const DEFAULT_REGIONS: Record<string, string> = {
  ko: 'KR',
  en: 'US',
  ja: 'JP',
  zh: 'CN',
  fr: 'FR',
  de: 'DE',
  es: 'ES',
  it: 'IT',
  pt: 'BR',
  ru: 'RU',
  vi: 'VN',
};

/** `og:locale` for a language tag: `en` → `en_US`, `en-GB` → `en_GB`, `ko` → `ko_KR`. */
export function ogLocale(tag: string): string {
  const locale = new Intl.Locale(tag);
  const region = locale.region ?? DEFAULT_REGIONS[locale.language];
  return region ? `${locale.language}_${region}` : locale.language;
}

const CHARACTERS_PER_MINUTE = 500;
const WORDS_PER_MINUTE = 230;
const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Minutes to read `text`: Hangul, Han and kana are read by the character (about 500 a
 * minute), everything else by the word (about 230 a minute). A mixed text adds both, so a
 * Korean post's English terms and an English post's Korean quotes are each counted their way.
 */
export function readingMinutes(text: string): number {
  const characters = text.match(CJK)?.length ?? 0;
  const words = text
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(characters / CHARACTERS_PER_MINUTE + words / WORDS_PER_MINUTE));
}

/** The `lang` attribute for content in `tag`: none where it is the page's own language. */
export function langAttribute(tag: string): string | undefined {
  return tag === SITE_LANGUAGE ? undefined : tag;
}
