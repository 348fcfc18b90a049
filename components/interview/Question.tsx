import type { ReactNode } from 'react';
import { TimeLink } from '@/components/recording/TimeLink';
import type { RecordingLink } from '@/components/recording/TimeLink';
import { Speaker } from './Speaker';

export interface QuestionProps {
  n?: number | string;
  /** Heading level: 2 unless the post's own headings push it deeper. */
  level?: number | string;
  speaker?: string;
  /** The speaker's person page. */
  speakerHref?: string;
  /** Seconds into the post's recording (`**[12:34] 기자: …**`), and the recording. */
  time?: number | string;
  recording?: RecordingLink;
  children?: ReactNode;
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

export function Question({
  n,
  level = 2,
  speaker,
  speakerHref,
  time,
  recording,
  children,
}: QuestionProps) {
  const Heading = HEADINGS[Math.min(4, Math.max(0, Number(level) - 2))] ?? 'h2';
  return (
    <Heading className="question" id={n === undefined ? undefined : `q-${n}-q`}>
      {time !== undefined && recording ? (
        <TimeLink seconds={Number(time)} recording={recording} />
      ) : null}
      {speaker ? <Speaker name={speaker} href={speakerHref} /> : null}
      <span className="question-text">{children}</span>
    </Heading>
  );
}
