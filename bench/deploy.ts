/**
 * `npm run bench:deploy -- --posts <folder>`: what publishing one edited post costs an archive
 * in object storage. On an S3-protocol server started here on 127.0.0.1 (s3rver, on disk), for
 * the content folder's export: a first deploy of the whole site, the same post edited (one
 * paragraph appended to the first post), built again, and deployed again: objects and bytes
 * uploaded and deleted, their share of the site, seconds. Writes bench/results/deploy-<date>.json.
 *
 *   npm run bench:deploy -- --posts bench/.work/posts-1000     (built into bench/.work/out-deploy)
 *
 * The script runs with `--openssl-legacy-provider`: s3rver encrypts its listing's continuation
 * token with a cipher OpenSSL 3 retired, so a bucket of more than 1,000 objects cannot be
 * listed without it (a test server's limit; S3, R2, B2 and MinIO page with plain tokens).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { deploy } from '../lib/deploy/run';
import { saveResults } from './lib/results';
import { BUILD_ENV } from './lib/setup';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const POSTS = path.resolve(option('--posts') ?? 'bench/.work/posts-1000');
const WORK = path.join(process.cwd(), 'bench/.work/deploy');
const OUT = path.join(process.cwd(), 'bench/.work/out-deploy');
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
const server = new S3rver({ port: 0, address: '127.0.0.1', directory: WORK, silent: true });
const { port } = await server.run();
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'us-east-1',
  AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
};
await new S3Client({
  endpoint: env.AWS_ENDPOINT_URL,
  forcePathStyle: true,
  region: 'us-east-1',
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
}).send(new CreateBucketCommand({ Bucket: 'bench' }));

async function timedDeploy() {
  const started = performance.now();
  const result = await deploy({
    root: OUT,
    target: { bucket: 'bench', prefix: '' },
    env,
    log,
    maxDeletes: 100_000,
    concurrency: Number(option('--concurrency') ?? 8),
  });
  const objects = result.plan.uploads.length + result.plan.unchanged;
  return {
    seconds: (performance.now() - started) / 1000,
    objects,
    uploaded: result.plan.uploads.length,
    uploadedMB: result.uploadedBytes / 1e6,
    deleted: result.plan.deletes.length,
    uploadedShare: result.plan.uploads.length / objects,
  };
}

log(`building ${POSTS} into ${OUT}`);
const firstBuild = build();
const first = await timedDeploy();
log(`first deploy: ${JSON.stringify(first)}`);
const post = readdirSync(POSTS)
  .filter((name) => name.endsWith('.md'))
  .sort()[0]!;
appendFileSync(path.join(POSTS, post), '\n\n편집: 한 문단을 더했습니다.\n');
const editBuild = build();
const edit = await timedDeploy();
log(`one post edited (${post}): ${JSON.stringify(edit)}`);
const unchanged = await timedDeploy();
await server.close();
log(
  `saved ${saveResults('deploy-', { date: new Date().toISOString(), posts: POSTS, firstBuild, first, editBuild, edit, unchanged })}`,
);
