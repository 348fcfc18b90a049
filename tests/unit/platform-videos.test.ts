import { recordingIn } from '@/lib/recordings/media';
import { embedAt, embedUrl, platformVideoOf, watchUrl } from '@/lib/recordings/platforms';

/** Issue 29: `video:` may name a YouTube or Vimeo video by any address a writer copies. */
describe('the video an address names', () => {
  test.each([
    ['https://www.youtube.com/watch?v=Xy3_kLm9PqA', 'Xy3_kLm9PqA'],
    ['https://youtube.com/watch?feature=share&v=Xy3_kLm9PqA&t=30', 'Xy3_kLm9PqA'],
    ['https://m.youtube.com/watch?v=Xy3_kLm9PqA', 'Xy3_kLm9PqA'],
    ['https://youtu.be/Xy3_kLm9PqA?si=abc', 'Xy3_kLm9PqA'],
    ['https://www.youtube.com/embed/Xy3_kLm9PqA', 'Xy3_kLm9PqA'],
    ['https://www.youtube-nocookie.com/embed/Xy3_kLm9PqA?start=3', 'Xy3_kLm9PqA'],
    ['https://www.youtube.com/shorts/Xy3_kLm9PqA', 'Xy3_kLm9PqA'],
    ['https://www.youtube.com/live/Xy3_kLm9PqA', 'Xy3_kLm9PqA'],
  ])('YouTube: %s', (src, id) => {
    expect(platformVideoOf(src)).toEqual({ platform: 'youtube', id });
  });

  test.each([
    ['https://vimeo.com/76979871', { id: '76979871' }],
    ['https://vimeo.com/76979871/8272103f6e', { id: '76979871', hash: '8272103f6e' }],
    [
      'https://player.vimeo.com/video/76979871?h=8272103f6e',
      { id: '76979871', hash: '8272103f6e' },
    ],
    ['https://vimeo.com/channels/staffpicks/76979871', { id: '76979871' }],
    ['https://vimeo.com/showcase/123abc/video/76979871', { id: '76979871' }],
  ])('Vimeo: %s', (src, video) => {
    expect(platformVideoOf(src)).toEqual({ platform: 'vimeo', ...video });
  });

  test.each([
    'https://www.youtube.com/@daedam',
    'https://www.youtube.com/watch?v=short',
    'https://youtu.be/',
    'https://www.youtube.com/results?search_query=lecun',
    'https://vimeo.com/channels/staffpicks',
  ])('a platform address of no one video: %s', (src) => {
    expect(platformVideoOf(src)).toBe('not-a-video');
  });

  test.each([
    'https://cdn.example/talk.mp4',
    'audio/talk.mp3',
    'https://notyoutube.com/watch?v=Xy3_kLm9PqA',
  ])('not a platform: %s', (src) => {
    expect(platformVideoOf(src)).toBeUndefined();
  });
});

describe('where the page sends a reader who presses play', () => {
  const youtube = { platform: 'youtube', id: 'Xy3_kLm9PqA' } as const;
  const vimeo = { platform: 'vimeo', id: '76979871', hash: '8272103f6e' } as const;

  test('the privacy-enhanced players, at the moment pressed', () => {
    expect(embedUrl(youtube)).toBe(
      'https://www.youtube-nocookie.com/embed/Xy3_kLm9PqA?autoplay=1&rel=0',
    );
    expect(embedUrl(youtube, 200.7)).toBe(
      'https://www.youtube-nocookie.com/embed/Xy3_kLm9PqA?autoplay=1&rel=0&start=200',
    );
    expect(embedUrl(vimeo, 70)).toBe(
      'https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1&autoplay=1#t=70s',
    );
    // A later moment replaces the earlier one; 0 is the start.
    expect(embedAt(embedUrl(youtube, 200), 45)).toBe(embedUrl(youtube, 45));
    expect(embedAt(embedUrl(vimeo, 70), 0)).toBe(embedUrl(vimeo));
  });

  test('without JavaScript, the video’s page at that moment', () => {
    expect(watchUrl(youtube, 62)).toBe('https://www.youtube.com/watch?v=Xy3_kLm9PqA&t=62s');
    expect(watchUrl(vimeo, 8)).toBe('https://vimeo.com/76979871/8272103f6e#t=8s');
  });
});

describe('the recording of a post with a platform video', () => {
  test('is a video played by the platform, not a file', () => {
    expect(recordingIn({ video: 'https://youtu.be/Xy3_kLm9PqA' }, 'p.md')).toEqual({
      recording: {
        kind: 'video',
        src: 'https://youtu.be/Xy3_kLm9PqA',
        type: 'text/html',
        platform: { platform: 'youtube', id: 'Xy3_kLm9PqA' },
      },
      issues: [],
    });
  });

  test('a platform video given as audio is refused, saying what to write', () => {
    const { recording, issues } = recordingIn({ audio: 'https://youtu.be/Xy3_kLm9PqA' }, 'p.md');
    expect(recording).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'p.md',
        field: 'audio',
        message: expect.stringContaining('write it as video:'),
      }),
    ]);
  });
});
