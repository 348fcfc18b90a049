import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { page, siteDir, SITES } from '../helpers/site';
import type { SiteName } from '../helpers/site';

/**
 * Pictures in the export (tests/fixtures/site-posts/photo-essay.md: a cover, a captioned
 * photo stored on its side with the camera's EXIF, an inline diagram with transparency and a
 * decorative one). Read as a browser and a host would: the elements, the files they name,
 * and what the files carry.
 */
const POST = '/posts/photo-essay';
const root = () => page('fixtures', POST);
const exported = (url: string) => path.join(siteDir('fixtures'), url.replace(/^\//, ''));
const srcsetUrls = (srcset: string) =>
  srcset.split(',').map((entry) => entry.trim().split(/\s+/)[0]!);

test('the cover comes first, above the title, loaded at once and first', () => {
  const header = root().querySelector('.post-header')!;
  const cover = header.querySelector('picture.cover img')!;
  expect(header.firstChild?.toString()).toContain('class="cover"');
  expect(cover.getAttribute('alt')).toBe('초록에서 노랑으로 번지는 작업실 벽');
  expect(cover.getAttribute('loading')).toBe('eager');
  expect(cover.getAttribute('fetchpriority')).toBe('high');
  expect([cover.getAttribute('width'), cover.getAttribute('height')]).toEqual(['1800', '1200']);
});

test('the text’s pictures wait until they are near, and reserve their place', () => {
  const images = root().querySelectorAll('.post-body picture img');
  expect(images).toHaveLength(3);
  for (const img of images) {
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.hasAttribute('fetchpriority')).toBe(false);
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
  }
  // The photo is shown upright: stored 2400×1600 with EXIF orientation 6.
  expect([images[0]!.getAttribute('width'), images[0]!.getAttribute('height')]).toEqual([
    '1600',
    '2400',
  ]);
});

test('every picture offers AVIF and WebP, falls back to JPEG or PNG, and every file named exists', () => {
  for (const picture of root().querySelectorAll('picture')) {
    const types = picture.querySelectorAll('source').map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    const img = picture.querySelector('img')!;
    const urls = [
      img.getAttribute('src')!,
      ...srcsetUrls(img.getAttribute('srcset')!),
      ...picture.querySelectorAll('source').flatMap((s) => srcsetUrls(s.getAttribute('srcset')!)),
    ];
    for (const url of urls) {
      expect(url).toMatch(/^\/pictures\/[0-9a-f]{16}-\d+\.(avif|webp|jpg|png)$/);
      expect([url, existsSync(exported(url))]).toEqual([url, true]);
    }
    expect(img.getAttribute('sizes')).toContain('40rem');
  }
});

test('a captioned picture is a figure; a picture links to its largest file unless decorative', () => {
  const figures = root().querySelectorAll('.post-body figure');
  expect(figures.map((f) => f.querySelector('figcaption')?.textContent ?? null)).toEqual([
    '오후 네 시의 작업실. 사진 박지수',
    null,
  ]);
  const photoLink = figures[0]!.querySelector('a.picture-link')!;
  expect(photoLink.getAttribute('href')).toMatch(/-1600\.jpg$/);
  expect(existsSync(exported(photoLink.getAttribute('href')!))).toBe(true);
  const decorative = figures[1]!.querySelector('img')!;
  expect(decorative.getAttribute('alt')).toBe('');
  expect(figures[1]!.querySelector('a')).toBeNull();
  const inline = root().querySelector('.post-body p a.picture-link img')!;
  expect(inline.getAttribute('alt')).toBe('반투명한 파란 사각형 도표');
  expect(inline.closest('a')!.getAttribute('href')).toMatch(/-800\.png$/);
});

test('the pictures are hashed files, served immutable', () => {
  const headers = readFileSync(path.join(siteDir('fixtures'), '_headers'), 'utf8');
  expect(headers).toMatch(
    /^\/pictures\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m,
  );
});

test('no picture file of any export carries EXIF, XMP or IPTC, a camera or an owner', async () => {
  const failures: string[] = [];
  let checked = 0;
  for (const site of Object.keys(SITES) as SiteName[]) {
    const dir = siteDir(site);
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.(jpe?g|png|webp|avif)$/i.test(file)) continue;
      const bytes = readFileSync(path.join(dir, file));
      const { exif, xmp, iptc } = await sharp(bytes).metadata();
      if (exif || xmp || iptc) failures.push(`${site}/${file}: metadata left`);
      for (const secret of ['DaedamCam', 'Kim Owner', 'Fixture One'])
        if (bytes.includes(secret)) failures.push(`${site}/${file}: "${secret}"`);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(40);
  expect(failures).toEqual([]);
});

test('lists show a post’s cover small beside its title, decorative there, loaded as they are read', () => {
  const items = page('fixtures', '/').querySelectorAll('main .post-list > li');
  const withThumb = items.filter((item) => item.querySelector('.thumb'));
  expect(withThumb.map((item) => item.querySelector('h2 a')!.getAttribute('href'))).toEqual([POST]);
  const thumb = withThumb[0]!.querySelector('.thumb img')!;
  expect(thumb.getAttribute('alt')).toBe('');
  expect(thumb.getAttribute('loading')).toBe('lazy');
  expect(thumb.getAttribute('sizes')).toBe('6rem');
  expect(withThumb[0]!.querySelector('.thumb')!.closest('a')).toBeNull();
});

test('a person’s portrait (people.yaml photo) leads their page and their JSON-LD, and marks them in the list', () => {
  const person = page('fixtures', '/people/bakjisu');
  const portrait = person.querySelector('main picture.portrait img')!;
  expect(portrait.getAttribute('alt')).toBe('박지수의 사진');
  expect(portrait.getAttribute('loading')).toBe('eager');
  expect([portrait.getAttribute('width'), portrait.getAttribute('height')]).toEqual([
    '900',
    '1200',
  ]);
  const data = JSON.parse(person.querySelector('script[type="application/ld+json"]')!.textContent);
  expect(data.mainEntity.image).toMatch(
    /^https:\/\/daedam\.example\/pictures\/[0-9a-f]{16}-900\.jpg$/,
  );
  expect(existsSync(exported(new URL(data.mainEntity.image).pathname))).toBe(true);
  const listed = page('fixtures', '/people').querySelectorAll('.people-list li');
  expect(
    listed
      .filter((li) => li.querySelector('.thumb'))
      .map((li) => li.querySelector('a')!.textContent),
  ).toEqual(['박지수']);
});

test('on a question page the first picture of its answer is the page’s first: loaded at once', () => {
  const loading = (route: string) =>
    page('fixtures', route)
      .querySelectorAll('main picture img')
      .map((img) => [img.getAttribute('loading'), img.getAttribute('fetchpriority') ?? null]);
  expect(loading(`${POST}/q/1`)).toEqual([['eager', 'high']]);
  expect(loading(`${POST}/q/2`)).toEqual([
    ['eager', 'high'],
    ['lazy', null],
  ]);
});
