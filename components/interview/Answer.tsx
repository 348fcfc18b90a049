import type { ReactNode } from 'react';
import { TimeLink } from '@/components/recording/TimeLink';
import type { RecordingLink } from '@/components/recording/TimeLink';
import { Speaker } from './Speaker';

export interface AnswerProps {
  speaker?: string;
  /** The speaker's person page. */
  speakerHref?: string;
  /** Seconds into the post's recording (`[1:02:03] LeCun: …`), and the recording. */
  time?: number | string;
  recording?: RecordingLink;
  children?: ReactNode;
}

export function Answer({ speaker, speakerHref, time, recording, children }: AnswerProps) {
  return (
    <div className="answer">
      {time !== undefined && recording ? (
        <TimeLink seconds={Number(time)} recording={recording} />
      ) : null}
      {speaker ? <Speaker name={speaker} href={speakerHref} /> : null}
      {children}
    </div>
  );
}
