/**
 * `npm run bench:deploy -- --posts <folder>`: what publishing one edited post costs an archive
 * in object storage. On an S3-protocol server started here on 127.0.0.1 (s3rver, on disk), for
 * the content folder's export: a first deploy of the whole site, the same post edited (one
 * paragraph appended to the first post), built again, and deployed again: objects and bytes
 * uploaded and deleted, their share of the site, seconds. Writes bench/results/deploy-<date>.json.
 *
 *   npm run bench:deploy -- --posts bench/.work/posts-1000     (built into bench/.work/out-deploy)
 *   npm run bench:deploy -- --before DIR --after DIR          (two exports one edit apart: no build)
 *
 * The server lists in key order (tests/helpers/s3-server.ts: s3rver's own listing loses keys
 * past its first page). The script runs with `--openssl-legacy-provider`: s3rver encrypts its
 * listing's continuation token with a cipher OpenSSL 3 retired, so a bucket of more than 1,000
 * objects cannot be listed without it (a test server's limit; S3, R2, B2 and MinIO page with
 * plain tokens).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { deploy } from '../lib/deploy/run';
import { startS3Server } from '../tests/helpers/s3-server';
import { saveResults } from './lib/results';
import { BUILD_ENV } from './lib/setup';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const POSTS = path.resolve(option('--posts') ?? 'bench/.work/posts-1000');
const WORK = path.join(process.cwd(), 'bench/.work/deploy');
const OUT = path.join(process.cwd(), 'bench/.work/out-deploy');
const BEFORE = option('--before') && path.resolve(option('--before')!);
const AFTER = option('--after') && path.resolve(option('--after')!);
let ROOT = OUT;
const log = (line: string) => console.log(line);

function build(): number {
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...BUILD_ENV, POSTS_DIR: POSTS, OUT_DIR: path.relative(process.cwd(), OUT) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return (performance.now() - started) / 1000;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const s3 = await startS3Server(WORK);
const env = { ...process.env, ...s3.env };
await s3.client.send(new CreateBucketCommand({ Bucket: 'bench' }));

async function timedDeploy() {
  const started = performance.now();
  const result = await deploy({
    root: ROOT,
    target: { bucket: 'bench', prefix: '' },
    env,
    log,
    maxDeletes: 100_000,
    concurrency: Number(option('--concurrency') ?? 8),
  });
  const objects = result.plan.uploads.length + result.plan.unchanged;
  return {
    seconds: +((performance.now() - started) / 1000).toFixed(1),
    objects,
    uploaded: result.plan.uploads.length,
    uploadedMB: +(result.uploadedBytes / 1e6).toFixed(2),
    // The deploy's own record in the bucket: written only when the header rules changed.
    manifestWrites: result.manifestWrites,
    manifestKB: +(result.manifestBytes / 1e3).toFixed(1),
    deleted: result.plan.deletes.length,
    uploadedPercent: +((100 * result.plan.uploads.length) / objects).toFixed(3),
  };
}

let firstBuild: number | null = null;
let editBuild: number | null = null;
let edited: string;
if (BEFORE && AFTER) {
  // Two exports already built, one edit apart (bench/README.md says how they were made).
  ROOT = BEFORE;
  edited = `${path.relative(process.cwd(), BEFORE)} → ${path.relative(process.cwd(), AFTER)}`;
} else {
  log(`building ${POSTS} into ${OUT}`);
  firstBuild = build();
  edited = readdirSync(POSTS)
    .filter((name) => name.endsWith('.md'))
    .sort()[0]!;
}
const first = await timedDeploy();
log(`first deploy: ${JSON.stringify(first)}`);
if (BEFORE && AFTER) ROOT = AFTER;
else {
  appendFileSync(path.join(POSTS, edited), '\n\n편집: 한 문단을 더했습니다.\n');
  editBuild = build();
}
const edit = await timedDeploy();
log(`one post edited (${edited}): ${JSON.stringify(edit)}`);
const unchanged = await timedDeploy();
log(`nothing changed: ${JSON.stringify(unchanged)}`);
await s3.server.close();
log(
  `saved ${saveResults('deploy-', { date: new Date().toISOString(), posts: BEFORE ?? POSTS, edited, firstBuild, first, editBuild, edit, unchanged })}`,
);
