import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { WebVTTParser } from 'webvtt-parser';
import { page, siteDir, SITES, textOf } from '../helpers/site';

/**
 * Issue 29: a recorded interview (tests/fixtures/archive-posts/lecun-on-world-models.md names
 * audio/world-models.wav, a 40-second recording, and gives times to its first four questions
 * and two answers).
 */
const SITE = 'archive';
const ROUTE = '/posts/lecun-on-world-models';
const ORIGIN = SITES[SITE].env.SITE_URL!;
const root = siteDir(SITE);
const source = readFileSync('tests/fixtures/archive-posts/audio/world-models.wav');
const published = `/recordings/${createHash('sha256').update(source).digest('hex').slice(0, 16)}.wav`;
const post = page(SITE, ROUTE);

describe('the recorded post page', () => {
  test('the recording is published under its content hash, byte for byte', () => {
    expect(readdirSync(path.join(root, 'recordings'))).toEqual([path.basename(published)]);
    expect(readFileSync(path.join(root, published)).equals(source)).toBe(true);
  });

  test('a native player above the interview loads nothing before play', () => {
    const audio = post.querySelectorAll('.post-body > .recording audio');
    expect(audio).toHaveLength(1);
    expect(audio[0]!.getAttribute('src')).toBe(published);
    expect(audio[0]!.getAttribute('preload')).toBe('none');
    // So the length is said above it, from the file.
    expect(textOf(post.querySelector('.post-facts'))).toMatch(/질문 \d+개 · 녹음 40초 · /);
    expect(audio[0]!.hasAttribute('controls')).toBe(true);
    expect(audio[0]!.getAttribute('aria-label')).toBe('인터뷰 녹음');
    const track = audio[0]!.querySelector('track')!;
    expect(track.getAttribute('kind')).toBe('captions');
    expect(track.getAttribute('src')).toBe(`${ROUTE}.vtt`);
  });

  test('each timed block plays from its moment; without JavaScript a link at #t=', () => {
    const times = post.querySelectorAll('.qa .qa-time').map((a) => ({
      block: a.closest('.question') ? 'Q' : 'A',
      qa: a.closest('.qa')!.id,
      href: a.getAttribute('href'),
      label: a.getAttribute('aria-label'),
      text: textOf(a),
    }));
    expect(times).toEqual([
      { block: 'Q', qa: 'q-1', href: `${published}#t=2`, label: '0:02부터 듣기', text: '0:02' },
      { block: 'A', qa: 'q-1', href: `${published}#t=5`, label: '0:05부터 듣기', text: '0:05' },
      { block: 'Q', qa: 'q-2', href: `${published}#t=12`, label: '0:12부터 듣기', text: '0:12' },
      { block: 'A', qa: 'q-2', href: `${published}#t=15`, label: '0:15부터 듣기', text: '0:15' },
      { block: 'Q', qa: 'q-3', href: `${published}#t=24`, label: '0:24부터 듣기', text: '0:24' },
      { block: 'Q', qa: 'q-4', href: `${published}#t=33`, label: '0:33부터 듣기', text: '0:33' },
    ]);
  });

  test('the times are not part of the text: questions, title, list, description', () => {
    expect(textOf(post.querySelector('#q-1 .question-text'))).toBe('세계 모델이란 무엇입니까?');
    expect(textOf(post.querySelector('#q-1 .answer p'))).toMatch(/^세계 모델은 세상이/);
    expect(textOf(post.querySelector('.toc'))).not.toMatch(/\d:\d\d/);
    expect(post.querySelector('meta[name="description"]')!.getAttribute('content')).not.toContain(
      '[',
    );
    const question = page(SITE, `${ROUTE}/q/2`);
    expect(question.querySelector('title')!.textContent).not.toMatch(/\[|0:12/);
    for (const file of readdirSync(path.join(root, 'search-index'), { recursive: true })) {
      const full = path.join(root, 'search-index', String(file));
      if (full.endsWith('.json')) expect(readFileSync(full, 'utf8')).not.toMatch(/\[0:\d\d\]/);
    }
  });

  test('the article’s JSON-LD carries the episode and a Clip per timed question', () => {
    const data = JSON.parse(post.querySelector('script[type="application/ld+json"]')!.textContent);
    const media = data.associatedMedia;
    expect(media).toMatchObject({
      '@type': 'PodcastEpisode',
      contentUrl: `${ORIGIN}${published}`,
      encodingFormat: 'audio/wav',
      duration: 'PT40S',
    });
    expect(media.hasPart.map((clip: { startOffset: number }) => clip.startOffset)).toEqual([
      2, 12, 24, 33,
    ]);
    expect(media.hasPart[0]).toEqual({
      '@type': 'Clip',
      name: '세계 모델이란 무엇입니까?',
      startOffset: 2,
      endOffset: 12,
      url: `${ORIGIN}${ROUTE}#q-1`,
    });
    expect(media.hasPart.at(-1).endOffset).toBe(40);
  });

  test('an unrecorded post has no player and no times', () => {
    const other = page(SITE, '/posts/yann-lecun-in-english');
    expect(other.querySelectorAll('.recording, .qa-time')).toHaveLength(0);
  });
});

describe('for machines', () => {
  test('a WebVTT transcript: a cue a timed block to the next, speakers as voices', () => {
    const vtt = readFileSync(path.join(root, `${ROUTE}.vtt`), 'utf8');
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
    const cues = vtt
      .slice('WEBVTT\n\n'.length)
      .trim()
      .split('\n\n')
      .map((cue) => cue.split('\n'));
    expect(cues.map((cue) => cue[1])).toEqual([
      '00:00:02.000 --> 00:00:05.000',
      '00:00:05.000 --> 00:00:12.000',
      '00:00:12.000 --> 00:00:15.000',
      '00:00:15.000 --> 00:00:24.000',
      '00:00:24.000 --> 00:00:33.000',
      '00:00:33.000 --> 00:00:40.000',
    ]);
    expect(cues[0]!.slice(2)).toEqual(['<v 기자>세계 모델이란 무엇입니까?']);
    expect(cues[1]![2]).toMatch(/^<v LeCun>세계 모델은 세상이/);
    // An untimed answer joins the cue of the timed question before it.
    expect(cues[4]!.slice(2)).toEqual([
      '<v 기자>JEPA는 무엇을 바꿉니까?',
      '<v LeCun>픽셀이 아니라 표현을 예측합니다. 예측할 수 없는 세부는 버립니다.',
    ]);
    // No blank line inside a cue, nothing that could end one early.
    for (const cue of cues) {
      expect(cue.slice(2).join('\n')).not.toContain('-->');
      expect(cue.slice(2).every((line) => line.trim() !== '')).toBe(true);
    }
  });

  test('a WebVTT parser (W3C validator’s) reads it without an error; its cues are the post’s blocks', () => {
    const vtt = readFileSync(path.join(root, `${ROUTE}.vtt`), 'utf8');
    const { cues, errors } = new WebVTTParser().parse(vtt, 'metadata');
    expect(errors).toEqual([]);
    // One cue a timed block, from its time to the next block's (the last to the end).
    const times = post
      .querySelectorAll('.qa .qa-time')
      .map((a) => Number(a.getAttribute('data-time')));
    expect(cues.map((cue) => cue.startTime)).toEqual(times);
    expect(cues.map((cue) => cue.endTime)).toEqual([...times.slice(1), 40]);
    // Each speaker a voice, each text the block's.
    const voice = cues[0]!.tree.children[0]!;
    expect([voice.name, voice.value, voice.children?.[0]?.value]).toEqual([
      'v',
      '기자',
      '세계 모델이란 무엇입니까?',
    ]);
    expect(cues[1]!.tree.children[0]!.value).toBe('LeCun');
  });

  test('Podcasting 2.0 chapters: one a timed question, linked to its answer', () => {
    const chapters = JSON.parse(readFileSync(path.join(root, `${ROUTE}.chapters.json`), 'utf8'));
    expect(chapters.version).toBe('1.2.0');
    expect(chapters.chapters).toEqual([
      { startTime: 2, title: '세계 모델이란 무엇입니까?', url: `${ORIGIN}${ROUTE}#q-1` },
      { startTime: 12, title: '왜 언어만으로는 부족합니까?', url: `${ORIGIN}${ROUTE}#q-2` },
      { startTime: 24, title: 'JEPA는 무엇을 바꿉니까?', url: `${ORIGIN}${ROUTE}#q-3` },
      { startTime: 33, title: '계획은 어떻게 세웁니까?', url: `${ORIGIN}${ROUTE}#q-4` },
    ]);
  });

  test('a feed client (rss-parser) reads the episode: its enclosure, transcript and chapters', async () => {
    const feed = await new Parser<object, Record<string, { $: Record<string, string> }>>({
      customFields: { item: ['podcast:transcript', 'podcast:chapters'] },
    }).parseString(readFileSync(path.join(root, 'feed.xml'), 'utf8'));
    const item = feed.items.find((i) => i.link === `${ORIGIN}${ROUTE}`)!;
    expect(item.enclosure).toEqual({
      url: `${ORIGIN}${published}`,
      length: String(source.length),
      type: 'audio/wav',
    });
    expect(item['podcast:transcript']!.$).toEqual({
      url: `${ORIGIN}${ROUTE}.vtt`,
      type: 'text/vtt',
    });
    expect(item['podcast:chapters']!.$.url).toBe(`${ORIGIN}${ROUTE}.chapters.json`);
    expect(feed.items.filter((i) => i.enclosure)).toHaveLength(1);
  });

  test('in the feeds the post is a podcast episode', () => {
    const text = readFileSync(path.join(root, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(text);
    expect(feed.rss['@_xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0');
    const items = [feed.rss.channel.item].flat();
    const item = items.find((i: { link: string }) => i.link === `${ORIGIN}${ROUTE}`);
    expect(item.enclosure).toEqual({
      '@_url': `${ORIGIN}${published}`,
      '@_length': String(source.length),
      '@_type': 'audio/wav',
    });
    expect(item['podcast:transcript']).toEqual({
      '@_url': `${ORIGIN}${ROUTE}.vtt`,
      '@_type': 'text/vtt',
    });
    expect(item['podcast:chapters']['@_url']).toBe(`${ORIGIN}${ROUTE}.chapters.json`);
    // Only the recorded post has one.
    expect(items.filter((i: { enclosure?: unknown }) => i.enclosure)).toHaveLength(1);
    const json = JSON.parse(readFileSync(path.join(root, 'feed.json'), 'utf8'));
    const entry = json.items.find((i: { url: string }) => i.url === `${ORIGIN}${ROUTE}`);
    expect(entry.attachments).toEqual([
      {
        url: `${ORIGIN}${published}`,
        mime_type: 'audio/wav',
        size_in_bytes: source.length,
        duration_in_seconds: 40,
      },
    ]);
  });
});

/**
 * A video on a platform (tests/fixtures/video-posts/: lecun-video-talk.md names a YouTube
 * video, studio-film.md an unlisted Vimeo one, with a cover).
 */
describe('a YouTube or Vimeo video', () => {
  const VIDEO = '/posts/lecun-video-talk';
  const youtube = page('videos', VIDEO);
  const vimeo = page('videos', '/posts/studio-film');

  /** Every address the page would load by itself (not the ones it only links to). */
  const loads = (html: ReturnType<typeof page>) =>
    html
      .querySelectorAll('[src], [srcset], link[href]:not([rel="canonical"]):not([rel="alternate"])')
      .flatMap((el) => [el.getAttribute('src'), el.getAttribute('srcset'), el.getAttribute('href')])
      .filter((v): v is string => Boolean(v));

  test('is a poster with a play button; nothing on the page is from the platform', () => {
    for (const [html, host] of [
      [youtube, /youtube|ytimg|googlevideo/],
      [vimeo, /vimeo/],
    ] as const) {
      expect(html.querySelectorAll('iframe, video, audio')).toHaveLength(0);
      expect(loads(html).filter((url) => host.test(url))).toEqual([]);
      const facade = html.querySelector('.post-body > .recording-embed')!;
      expect(facade).not.toBeNull();
      expect(textOf(facade.querySelector('.embed-play'))).toBe('영상 재생');
      expect(textOf(facade.querySelector('.embed-note'))).toMatch(
        /^누르면 (YouTube|Vimeo)의 플레이어를/,
      );
    }
    // The player it loads when pressed: the privacy-enhanced one.
    expect(youtube.querySelector('.recording-embed')!.getAttribute('data-embed')).toBe(
      'https://www.youtube-nocookie.com/embed/Xy3_kLm9PqA?autoplay=1&rel=0',
    );
    expect(vimeo.querySelector('.recording-embed')!.getAttribute('data-embed')).toBe(
      'https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1&autoplay=1',
    );
  });

  test('without JavaScript the button and each time open the video on the platform', () => {
    expect(youtube.querySelector('.embed-play')!.getAttribute('href')).toBe(
      'https://www.youtube.com/watch?v=Xy3_kLm9PqA',
    );
    const times = youtube
      .querySelectorAll('.qa-time')
      .map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')]);
    expect(times).toEqual([
      ['0:45부터 보기', 'https://www.youtube.com/watch?v=Xy3_kLm9PqA&t=45s'],
      ['1:02부터 보기', 'https://www.youtube.com/watch?v=Xy3_kLm9PqA&t=62s'],
      ['3:20부터 보기', 'https://www.youtube.com/watch?v=Xy3_kLm9PqA&t=200s'],
      ['3:31부터 보기', 'https://www.youtube.com/watch?v=Xy3_kLm9PqA&t=211s'],
    ]);
    expect(vimeo.querySelector('.qa-time')!.getAttribute('href')).toBe(
      'https://vimeo.com/76979871/8272103f6e#t=8s',
    );
  });

  test('the cover is the poster, shown once, loaded first', () => {
    expect(vimeo.querySelector('.post-header .cover')).toBeNull();
    const poster = vimeo.querySelector('.embed-play .embed-poster img')!;
    expect(poster.getAttribute('fetchpriority')).toBe('high');
    expect(poster.getAttribute('alt')).toBe('');
    // The YouTube post has no cover: a plain panel, no thumbnail from the platform.
    expect(youtube.querySelector('.embed-poster')).toBeNull();
  });

  test('only a page with a platform video may frame its player', () => {
    const policy = (html: ReturnType<typeof page>) =>
      html.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy(youtube)).toContain(
      'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
    );
    expect(policy(post)).not.toContain('frame-src');
    const headers = readFileSync(path.join(siteDir('videos'), '_headers'), 'utf8');
    expect(headers).toMatch(
      /frame-src[^;]*https:\/\/www\.youtube-nocookie\.com https:\/\/player\.vimeo\.com/,
    );
  });

  test('JSON-LD names the video by its player and page; the feed gives it no enclosure', () => {
    const ld = JSON.parse(textOf(youtube.querySelector('script[type="application/ld+json"]'))) as {
      associatedMedia: Record<string, unknown> & { hasPart: Array<{ startOffset: number }> };
    };
    expect(ld.associatedMedia).toMatchObject({
      '@type': 'VideoObject',
      embedUrl: 'https://www.youtube-nocookie.com/embed/Xy3_kLm9PqA',
      sameAs: 'https://www.youtube.com/watch?v=Xy3_kLm9PqA',
    });
    expect(ld.associatedMedia.contentUrl).toBeUndefined();
    expect(ld.associatedMedia.hasPart.map((clip) => clip.startOffset)).toEqual([45, 200]);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(
      readFileSync(path.join(siteDir('videos'), 'feed.xml'), 'utf8'),
    );
    const item = [feed.rss.channel.item]
      .flat()
      .find((i: { link: string }) => i.link === `${ORIGIN}${VIDEO}`);
    expect(item).toBeDefined();
    expect(item.enclosure).toBeUndefined();
  });
});
