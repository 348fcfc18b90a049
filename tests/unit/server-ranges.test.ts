import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rangeOf } from '../../scripts/serve.mjs';
import { get, headerOf, raw } from '../helpers/raw-http';
import { serve } from '../helpers/server';
import type { RunningServer } from '../helpers/server';

/**
 * Byte ranges in the server behind `npm start`: what a browser's <audio>/<video> needs to seek
 * (and a download manager to resume). Over raw sockets, so the Range, If-Range and
 * Accept-Encoding headers are exactly these.
 */
const SIZE = 100_003;
// Every byte value, in an order where no two ranges of the file look alike.
const bytes = Buffer.from(Array.from({ length: SIZE }, (_, i) => (i * 7919 + (i >> 8)) % 256));
const text = `<!doctype html><title>t</title>${'<p>대담 '.repeat(800)}`;
let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'daedam-ranges-'));
  writeFileSync(path.join(root, 'index.html'), text);
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>없음</title>');
  writeFileSync(path.join(root, 'rec.ogg'), bytes);
  writeFileSync(path.join(root, 'empty.ogg'), '');
  // A modification time in whole seconds, as Last-Modified carries it.
  utimesSync(path.join(root, 'rec.ogg'), 1_700_000_000, 1_700_000_000);
  server = await serve(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const body = (start: number, end: number) => bytes.subarray(start, end + 1).toString('latin1');
const request = (target: string, headers: string, method = 'GET') =>
  raw(server.origin, get(target, headers, method));

describe('a recording is served in the ranges a player asks for', () => {
  test('a whole file says it accepts ranges', async () => {
    const response = await request('/rec.ogg', '');
    expect(response.status).toBe(200);
    expect(headerOf(response, 'accept-ranges')).toBe('bytes');
    expect(headerOf(response, 'content-type')).toBe('audio/ogg');
    expect(response.body).toBe(body(0, SIZE - 1));
  });

  test.each([
    ['bytes=0-99', 0, 99],
    ['bytes=1000-', 1000, SIZE - 1],
    ['bytes=-500', SIZE - 500, SIZE - 1],
    ['bytes=99990-200000', 99990, SIZE - 1],
    ['bytes=-999999', 0, SIZE - 1],
    [`bytes=${SIZE - 1}-${SIZE - 1}`, SIZE - 1, SIZE - 1],
  ])('%s → 206 with exactly those bytes', async (range, start, end) => {
    const response = await request('/rec.ogg', `Range: ${range}\r\n`);
    expect(response.status).toBe(206);
    expect(headerOf(response, 'content-range')).toBe(`bytes ${start}-${end}/${SIZE}`);
    expect(headerOf(response, 'content-length')).toBe(String(end - start + 1));
    expect(response.body).toBe(body(start, end));
  });

  test.each([`bytes=${SIZE}-`, 'bytes=200000-300000', 'bytes=-0', 'bytes=99999999999999999999-'])(
    '%s, past the end → 416 with the size',
    async (range) => {
      const response = await request('/rec.ogg', `Range: ${range}\r\n`);
      expect(response.status).toBe(416);
      expect(headerOf(response, 'content-range')).toBe(`bytes */${SIZE}`);
      expect(response.body).toBe('');
    },
  );

  test('an empty file has no satisfiable range', async () => {
    const response = await request('/empty.ogg', 'Range: bytes=0-\r\n');
    expect(response.status).toBe(416);
    expect(headerOf(response, 'content-range')).toBe('bytes */0');
  });

  test.each(['bytes=0-1,5-6', 'bytes=abc', 'bytes=5-2', 'items=0-5', 'bytes=-', 'bytes 0-5'])(
    '%s, which a server may ignore → the whole file',
    async (range) => {
      const response = await request('/rec.ogg', `Range: ${range}\r\n`);
      expect(response.status).toBe(200);
      expect(response.body.length).toBe(SIZE);
    },
  );

  test('HEAD of a range: its headers, no body', async () => {
    const response = await request('/rec.ogg', 'Range: bytes=10-19\r\n', 'HEAD');
    expect(response.status).toBe(206);
    expect(headerOf(response, 'content-length')).toBe('10');
    expect(response.body).toBe('');
  });

  test('If-Range: the range while the file is the same version, the whole file once it changed', async () => {
    const modified = statSync(path.join(root, 'rec.ogg')).mtime.toUTCString();
    const same = await request('/rec.ogg', `Range: bytes=0-9\r\nIf-Range: ${modified}\r\n`);
    expect(same.status).toBe(206);
    expect(same.body).toBe(body(0, 9));
    const older = new Date(Date.parse(modified) - 60_000).toUTCString();
    const changed = await request('/rec.ogg', `Range: bytes=0-9\r\nIf-Range: ${older}\r\n`);
    expect(changed.status).toBe(200);
    expect(changed.body.length).toBe(SIZE);
    // Our ETags are weak, and a weak validator never satisfies If-Range.
    const etag = headerOf(same, 'etag')!;
    expect(etag.startsWith('W/')).toBe(true);
    const weak = await request('/rec.ogg', `Range: bytes=0-9\r\nIf-Range: ${etag}\r\n`);
    expect(weak.status).toBe(200);
  });

  test('a range of a page is of its stored bytes, never of a compressed copy', async () => {
    const whole = Buffer.from(text).toString('latin1');
    const response = await request('/', 'Range: bytes=5-104\r\nAccept-Encoding: br, gzip\r\n');
    expect(response.status).toBe(206);
    expect(headerOf(response, 'content-encoding')).toBeUndefined();
    expect(response.body).toBe(whole.slice(5, 105));
    // Without a range the page is still compressed.
    const compressed = await request('/', 'Accept-Encoding: gzip\r\n');
    expect(headerOf(compressed, 'content-encoding')).toBe('gzip');
  });

  test('a missing file is the 404 page, whatever range was asked', async () => {
    const response = await request('/nothing.ogg', 'Range: bytes=0-9\r\n');
    expect(response.status).toBe(404);
    expect(Buffer.from(response.body, 'latin1').toString('utf8')).toContain('없음');
    expect(headerOf(response, 'content-range')).toBeUndefined();
  });
});

test('rangeOf reads the one-range forms and clips to the file', () => {
  expect(rangeOf(undefined, 10)).toBeNull();
  expect(rangeOf('bytes=2-4', 10)).toEqual({ start: 2, end: 4 });
  expect(rangeOf('bytes=8-', 10)).toEqual({ start: 8, end: 9 });
  expect(rangeOf('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
  expect(rangeOf('bytes=10-', 10)).toBe('unsatisfiable');
  expect(rangeOf('bytes=0-1, 3-4', 10)).toBeNull();
});
