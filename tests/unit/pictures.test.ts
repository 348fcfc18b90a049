import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { cachedPicture, encodePicture } from '@/lib/pictures/encode';
import { inspectPicture, PictureProblem } from '@/lib/pictures/inspect';
import { isLocalPicture, resolvePicture } from '@/lib/pictures/refs';
import { heightAt, pictureFiles, widthsOf } from '@/lib/pictures/variants';
import { loadPosts } from '@/lib/posts/load';

/**
 * Pictures from the content folder: what the build learns of a file, the files it makes of
 * it, and what those files no longer carry. tests/fixtures/site-posts/images/studio.jpg is a
 * "camera photo" (tests/fixtures/pictures/make.mjs): its owner, camera and GPS position in
 * EXIF, stored on its side with the orientation that turns it upright.
 */
const IMAGES = path.join(process.cwd(), 'tests/fixtures/site-posts/images');
const PRIVATE = ['DaedamCam', 'Fixture One', 'Kim Owner'];

test('a relative path is a file beside the post; URLs and site paths are not', () => {
  expect(isLocalPicture('images/park.jpg')).toBe(true);
  expect(isLocalPicture('./park.jpg')).toBe(true);
  for (const other of [
    'https://x.example/a.jpg',
    '/images/a.jpg',
    '//x.example/a.jpg',
    'data:image/png;base64,AA',
    'javascript:alert(1)',
  ]) {
    expect([other, isLocalPicture(other)]).toEqual([other, false]);
  }
  expect(resolvePicture('post.md', 'images/my%20photo.jpg')).toBe('images/my photo.jpg');
  expect(resolvePicture('post.md', 'images/../park.jpg')).toBe('park.jpg');
  for (const leaving of ['../park.jpg', 'images/../../park.jpg', '%2e%2e/park.jpg']) {
    expect([leaving, resolvePicture('post.md', leaving)]).toEqual([leaving, undefined]);
  }
});

test('widths: the standard ones below the picture’s own, and its own up to 2160', () => {
  const info = (width: number) => ({ hash: '0'.repeat(16), width, height: width, alpha: false });
  expect(widthsOf(info(300))).toEqual([300]);
  expect(widthsOf(info(720))).toEqual([360, 720]);
  expect(widthsOf(info(1600))).toEqual([360, 720, 1080, 1440, 1600]);
  expect(widthsOf(info(6000))).toEqual([360, 720, 1080, 1440, 2160]);
});

test('the photo is read upright, named by its bytes', async () => {
  const info = await inspectPicture(path.join(IMAGES, 'studio.jpg'));
  expect(info).toEqual({
    hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    width: 1600,
    height: 2400,
    alpha: false,
  });
  expect((await inspectPicture(path.join(IMAGES, 'diagram.png'))).alpha).toBe(true);
  await expect(inspectPicture(path.join(IMAGES, 'nope.jpg'))).rejects.toBeInstanceOf(
    PictureProblem,
  );
});

test('its files are upright, at their widths, with no camera, owner or position left', async () => {
  const source = path.join(IMAGES, 'studio.jpg');
  const original = readFileSync(source);
  for (const secret of PRIVATE) expect(original.includes(secret)).toBe(true); // the fixture has them
  expect((await sharp(original).metadata()).exif).toBeDefined();

  const info = await inspectPicture(source);
  await encodePicture({ source, info });
  const files = pictureFiles(info);
  expect(files.map((f) => f.file.split('.').pop())).toEqual(
    expect.arrayContaining(['avif', 'webp', 'jpg']),
  );
  for (const { file, width } of files) {
    const bytes = readFileSync(cachedPicture(file));
    const metadata = await sharp(bytes).metadata();
    expect({ file, width: metadata.width, height: metadata.height }).toEqual({
      file,
      width,
      height: heightAt(info, width),
    });
    expect({
      file,
      exif: metadata.exif,
      xmp: metadata.xmp,
      iptc: metadata.iptc,
      orientation: metadata.orientation,
    }).toEqual({ file, exif: undefined, xmp: undefined, iptc: undefined, orientation: undefined });
    for (const secret of PRIVATE) expect([file, bytes.includes(secret)]).toEqual([file, false]);
  }
  // Kept: the same picture again encodes nothing.
  expect(await encodePicture({ source, info })).toBe(0);
});

test('a post’s cards show its cover, else its interviewee’s portrait, else no photo', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-card-photo-'));
  try {
    mkdirSync(path.join(dir, 'images'));
    for (const name of ['cover.jpg', 'portrait.jpg'])
      copyFileSync(path.join(IMAGES, name), path.join(dir, 'images', name));
    writeFileSync(path.join(dir, 'people.yaml'), '박지수:\n  photo: images/portrait.jpg\n');
    const post = (extra: string) =>
      `---\ntitle: 사진\ndate: 2026-12-01\n${extra}---\n\n**기자: 무엇을 찍나요?**\n\n박지수: 빛을요.\n`;
    writeFileSync(
      path.join(dir, 'covered.md'),
      post('interviewee: 박지수\nimage: images/cover.jpg\nimageAlt: 작업실 벽\n'),
    );
    writeFileSync(path.join(dir, 'portrayed.md'), post('interviewee: 박지수\n'));
    writeFileSync(path.join(dir, 'unknown.md'), post('interviewee: 이름 모를 사람\n'));
    const posts = await loadPosts(dir, { includeDrafts: false });
    const photoOf = (slug: string) => posts.find((p) => p.slug === slug)!.cardPhoto;
    const hash = async (name: string) => (await inspectPicture(path.join(IMAGES, name))).hash;
    expect(photoOf('covered')).toEqual({
      file: 'images/cover.jpg',
      hash: await hash('cover.jpg'),
      portrait: false,
    });
    expect(photoOf('portrayed')).toEqual({
      file: 'images/portrait.jpg',
      hash: await hash('portrait.jpg'),
      portrait: true,
    });
    expect(photoOf('unknown')).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
