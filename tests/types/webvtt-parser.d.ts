/** The parts of webvtt-parser (W3C's WebVTT validator's parser) the tests use; it ships no types. */
declare module 'webvtt-parser' {
  export interface CueNode {
    type: 'object' | 'text' | 'timestamp';
    name?: string;
    /** A text's words, a timestamp's seconds, or a `<v>`'s annotation: the speaker. */
    value?: string | number;
    children?: CueNode[];
  }
  export interface Cue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: CueNode[] };
  }
  export class WebVTTParser {
    parse(
      input: string,
      mode?: 'metadata' | 'chapters',
    ): { cues: Cue[]; errors: Array<{ message: string; line: number }> };
  }
}
