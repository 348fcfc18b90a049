import { largestFallback } from '@/lib/pictures/variants';
import type { Person } from '@/lib/people/directory';
import type { Post } from '@/lib/posts';
import { recordingAbsoluteUrl } from '@/lib/recordings/media';
import type { Recording } from '@/lib/recordings/media';
import { embedUrl, watchUrl } from '@/lib/recordings/platforms';
import { absoluteUrl, site } from '@/lib/site';
import { answerAnchorPath, personPath, postImageUrl, postPath, seriesPath } from './urls';
import type { Series } from '@/lib/posts/series';
import { placeInSeries } from '@/lib/posts/series';
import { bylineOf } from '@/lib/people/byline';

/**
 * JSON for a <script type="application/ld+json">. `<`, `>` and `&` are escaped as \u003c…, so
 * no title or description can close the script element; U+2028/2029 are escaped for old
 * parsers that treat them as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The publication: site.yaml's publisher, else the site itself. */
function publisherJsonLd(): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: site.publisher?.name ?? site.name,
    url: site.publisher?.url ?? absoluteUrl('/'),
    sameAs: site.links.length > 0 ? site.links : undefined,
    logo: absoluteUrl('/icon-512.png'),
  };
}

export function articleJsonLd(post: Post, series?: Series): Record<string, unknown> {
  const url = absoluteUrl(postPath(post));
  const author = bylineOf(post);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    genre: post.questions.length > 0 ? 'interview' : undefined,
    headline: post.title,
    description: post.description,
    datePublished: post.date,
    dateModified: post.date,
    inLanguage: post.lang,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: [postImageUrl(post)],
    about: post.interviewee ? { '@type': 'Person', name: post.interviewee } : undefined,
    author: author ? { '@type': 'Organization', name: author } : undefined,
    isBasedOn: post.source,
    articleSection: post.category?.name,
    keywords: post.tags.length > 0 ? post.tags.join(', ') : undefined,
    publisher: publisherJsonLd(),
    translationOfWork: post.translationOf
      ? {
          '@type': 'CreativeWork',
          url: post.translationOf.url,
          inLanguage: post.translationOf.language,
          name: post.translationOf.title,
          publisher: post.translationOf.publisher
            ? { '@type': 'Organization', name: post.translationOf.publisher }
            : undefined,
        }
      : undefined,
    translator:
      post.translators.length > 0
        ? post.translators.map((name) => ({ '@type': 'Person', name }))
        : undefined,
    isPartOf: series
      ? {
          '@type': 'CreativeWorkSeries',
          name: series.name,
          url: absoluteUrl(seriesPath(series.slug)),
        }
      : undefined,
    position: series ? placeInSeries(series, post).number : undefined,
    associatedMedia: post.recording ? recordingJsonLd(post, post.recording, url) : undefined,
  };
}

/**
 * The recording as a PodcastEpisode (audio) or VideoObject, with a Clip for each timed question
 * (what search engines show as "key moments"), each linked to its answer on the page.
 */
function recordingJsonLd(post: Post, recording: Recording, url: string): Record<string, unknown> {
  const duration = recording.info?.duration;
  const timed = post.questions.filter((q) => q.time !== undefined);
  const clips = timed.map((q, i) => ({
    '@type': 'Clip',
    name: q.text,
    startOffset: q.time,
    endOffset: timed[i + 1]?.time ?? (duration === undefined ? undefined : Math.ceil(duration)),
    url: absoluteUrl(answerAnchorPath(post, q.n)),
  }));
  return {
    '@type': recording.kind === 'video' ? 'VideoObject' : 'PodcastEpisode',
    name: post.title,
    description: post.description,
    url,
    ...(recording.platform
      ? // The platform's page and player; its file is not ours to name.
        {
          embedUrl: embedUrl(recording.platform).replace(/[?#].*$/, ''),
          sameAs: watchUrl(recording.platform),
        }
      : { contentUrl: recordingAbsoluteUrl(recording), encodingFormat: recording.type }),
    ...(recording.kind === 'video'
      ? { uploadDate: post.date, thumbnailUrl: [postImageUrl(post)] }
      : { datePublished: post.date }),
    ...(duration === undefined ? {} : { duration: isoDuration(duration) }),
    ...(clips.length > 0 ? { hasPart: clips } : {}),
  };
}

/** Seconds as an ISO 8601 duration: `PT1H2M3S`. */
function isoDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** schema.org ProfilePage about one person (https://schema.org/ProfilePage). */
export function personJsonLd(person: Person): Record<string, unknown> {
  const url = absoluteUrl(personPath(person.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: {
      '@type': 'Person',
      '@id': `${url}#person`,
      name: person.name,
      alternateName: person.aliases.length > 0 ? person.aliases : undefined,
      description: person.description,
      sameAs: person.links.length > 0 ? person.links : undefined,
      image: person.photo?.info ? absoluteUrl(`/${largestFallback(person.photo.info)}`) : undefined,
      url,
    },
  };
}

/** schema.org CreativeWorkSeries with its parts in order. */
export function seriesJsonLd(series: Series): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWorkSeries',
    name: series.name,
    url: absoluteUrl(seriesPath(series.slug)),
    hasPart: series.parts.map((post, i) => ({
      '@type': 'Article',
      headline: post.title,
      url: absoluteUrl(postPath(post)),
      position: i + 1,
      inLanguage: post.lang,
    })),
  };
}
