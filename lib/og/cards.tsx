import type { ReactElement } from 'react';

/**
 * The 1200×630 preview cards, drawn by satori (next/og). Satori lays out with flexbox only;
 * `wordBreak: 'keep-all'` wraps Korean at word boundaries, `lineClamp` stops long text with
 * an ellipsis instead of overflowing the card. Bump CARD_VERSION when the design changes so
 * cached PNGs are redrawn.
 */
export const CARD_VERSION = 5;
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const INK = '#14213d';
const PAPER = '#fbfaf7';
const ACCENT = '#1f5fae';
const SOFT = '#e6eef8';
const MUTED = '#5b6472';

/** The card itself: a full-size column with header, text and footer spread apart. */
const FRAME = {
  width: '100%',
  height: '100%',
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'space-between',
  fontFamily: 'Pretendard',
} as const;

/** Larger type for short text, smaller for long, so every title fits its lines. */
export function fitFontSize(text: string, steps: ReadonlyArray<readonly [number, number]>): number {
  const length = [...text].length;
  for (const [maxLength, size] of steps) if (length <= maxLength) return size;
  return steps.at(-1)![1];
}

function Wordmark({ color }: { color: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <div
        style={{
          display: 'flex',
          width: 52,
          height: 52,
          borderRadius: 14,
          background: color === PAPER ? PAPER : ACCENT,
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        <svg width="40" height="40" viewBox="0 0 64 64">
          <path
            d="M14 18h24a6 6 0 0 1 6 6v10a6 6 0 0 1-6 6H26l-8 7v-7h-4a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6z"
            fill={color === PAPER ? ACCENT : PAPER}
          />
          <path
            d="M46 26h4a6 6 0 0 1 6 6v8a6 6 0 0 1-6 6h-2v6l-7-6h-9"
            fill="none"
            stroke={color === PAPER ? ACCENT : PAPER}
            strokeWidth="3.5"
            strokeLinejoin="round"
          />
        </svg>
      </div>
      <div style={{ display: 'flex', fontSize: 36, fontWeight: 800, color, letterSpacing: -1 }}>
        대담
      </div>
    </div>
  );
}

/** A speaker's name as a rounded badge. */
function Pill({ background, color, text }: { background: string; color: string; text: string }) {
  return (
    <div
      style={{
        display: 'flex',
        padding: '8px 22px',
        borderRadius: 999,
        background,
        color,
        fontWeight: 700,
      }}
    >
      {text}
    </div>
  );
}

const clamp = (lines: number) =>
  ({
    display: 'block',
    lineClamp: lines,
    wordBreak: 'keep-all',
    overflow: 'hidden',
  }) as const;

export interface PostCardInput {
  title: string;
  interviewee?: string;
  questionCount: number;
  date: string;
  siteName: string;
}

/** The card of a whole post (and, with no interviewee, of the site). */
export function PostCard({
  title,
  interviewee,
  questionCount,
  date,
  siteName,
}: PostCardInput): ReactElement {
  const size = fitFontSize(title, [
    [16, 84],
    [30, 72],
    [48, 62],
    [70, 54],
    [Infinity, 46],
  ]);
  return (
    <div
      style={{
        ...FRAME,
        padding: '64px 72px',
        background: `linear-gradient(135deg, ${INK} 0%, ${ACCENT} 100%)`,
        color: PAPER,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Wordmark color={PAPER} />
        <div style={{ display: 'flex', fontSize: 26, color: '#c9d6ea' }}>{date}</div>
      </div>
      <div
        style={{
          ...clamp(4),
          fontSize: size,
          fontWeight: 800,
          lineHeight: 1.28,
          letterSpacing: -1.5,
        }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 18, fontSize: 30 }}>
        {interviewee ? <Pill background={PAPER} color={INK} text={interviewee} /> : null}
        <div style={{ display: 'flex', color: '#dbe5f3' }}>
          {questionCount > 0 ? `인터뷰 · 질문 ${questionCount}개` : siteName}
        </div>
      </div>
    </div>
  );
}

export interface QuestionCardInput {
  postTitle: string;
  question: string;
  asker?: string;
  answerer?: string;
  n: number;
  total: number;
}

/** The card of one question: the question quoted large, who asked and who answered. */
export function QuestionCard({
  postTitle,
  question,
  asker,
  answerer,
  n,
  total,
}: QuestionCardInput): ReactElement {
  const size = fitFontSize(question, [
    [24, 68],
    [44, 60],
    [70, 52],
    [110, 44],
    [Infinity, 40],
  ]);
  return (
    <div
      style={{
        ...FRAME,
        padding: '56px 72px 60px',
        background: PAPER,
        color: INK,
        borderTop: `14px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 28 }}>
        <Wordmark color={INK} />
        <div style={{ ...clamp(1), flex: 1, fontSize: 26, color: MUTED }}>{postTitle}</div>
      </div>
      <div style={{ display: 'flex', gap: 28 }}>
        <svg width="84" height="68" viewBox="0 0 84 68" style={{ marginTop: 8 }}>
          <path
            d="M0 68V40C0 17 11 4 34 0l4 10C25 14 19 22 18 34h16v34H0zm46 0V40c0-23 11-36 34-40l4 10c-13 4-19 12-20 24h16v34H46z"
            fill={ACCENT}
          />
        </svg>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, gap: 18 }}>
          {asker ? (
            <div style={{ display: 'flex', fontSize: 28, color: ACCENT, fontWeight: 700 }}>
              {asker}
            </div>
          ) : null}
          <div
            style={{
              ...clamp(4),
              fontSize: size,
              fontWeight: 800,
              lineHeight: 1.32,
              letterSpacing: -1,
            }}
          >
            {question}
          </div>
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          fontSize: 28,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          <div style={{ display: 'flex', color: MUTED }}>답변</div>
          {answerer ? <Pill background={SOFT} color={ACCENT} text={answerer} /> : null}
        </div>
        <div style={{ display: 'flex', color: MUTED, fontWeight: 700 }}>
          질문 {n} / {total}
        </div>
      </div>
    </div>
  );
}
