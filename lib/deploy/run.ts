import { readFileSync } from 'node:fs';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { rulesOf, siteObjects, STAGES } from './objects';
import type { SiteObject } from './objects';
import { invalidationPaths, MANIFEST_KEY, planDeploy, readManifest, sameRules } from './plan';
import type { Manifest, Plan } from './plan';
import { Progress } from './progress';
import { keyIn } from './target';
import { DeployError } from './errors';
import type { Target } from './target';

export interface DeployOptions {
  /** The export to publish (`out/`). */
  root: string;
  target: Target;
  dryRun?: boolean;
  /** A deploy that would delete more objects stops before it changes anything. */
  maxDeletes?: number;
  /** Uploads in flight at once. */
  concurrency?: number;
  /** Upload every object, whatever the bucket holds. */
  force?: boolean;
  /** A CloudFront distribution whose cache of the changed paths is invalidated. */
  distribution?: string;
  log?: (line: string) => void;
  /** A progress bar redrawn in place (a terminal), or plain lines (CI). */
  tty?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface DeployResult {
  plan: Plan;
  /** The objects' bytes uploaded. */
  uploadedBytes: number;
  /** The manifest's writes and their bytes (none when the rules did not change). */
  manifestWrites: number;
  manifestBytes: number;
  invalidated: string[];
}

export { DeployError };

/**
 * The S3 client from the standard variables: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
 * AWS_REGION, AWS_ENDPOINT_URL (R2, B2, MinIO…: then path-style addressing). The SDK retries
 * throttling and 5xx answers with backoff; "adaptive" also slows down when throttled.
 */
export function s3ClientFrom(env: NodeJS.ProcessEnv = process.env): S3Client {
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
  return new S3Client({
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || (endpoint ? 'auto' : 'us-east-1'),
    // The keys of `env` when it names them; else the SDK's own chain (profiles, roles…).
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : {}),
    maxAttempts: 6,
    retryMode: 'adaptive',
  });
}

const statusOf = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/** Credentials and bucket, checked before anything is read, written or deleted. */
async function checkAccess(client: S3Client, target: Target, env: NodeJS.ProcessEnv) {
  try {
    await client.send(new HeadBucketCommand({ Bucket: target.bucket }));
  } catch (error) {
    const where = env.AWS_ENDPOINT_URL ? ` at ${env.AWS_ENDPOINT_URL}` : '';
    const status = statusOf(error);
    if (status === 404)
      throw new DeployError(
        `the bucket "${target.bucket}" does not exist${where}: create it, or check the name`,
      );
    if (status === 403 || status === 401)
      throw new DeployError(
        `access to the bucket "${target.bucket}"${where} was refused: check AWS_ACCESS_KEY_ID and ` +
          'AWS_SECRET_ACCESS_KEY, and that this key may list, write and delete in that bucket',
      );
    throw new DeployError(
      `could not reach the bucket "${target.bucket}"${where}: ${(error as Error).message}`,
    );
  }
}

async function remoteState(client: S3Client, target: Target) {
  const etags = new Map<string, string>();
  const prefix = target.prefix ? `${target.prefix}/` : '';
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: target.bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      if (object.Key)
        etags.set(object.Key.slice(prefix.length), (object.ETag ?? '').replace(/"/g, ''));
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  let manifest: Manifest | null = null;
  if (etags.has(MANIFEST_KEY)) {
    const body = await client.send(
      new GetObjectCommand({ Bucket: target.bucket, Key: keyIn(target, MANIFEST_KEY) }),
    );
    manifest = readManifest((await body.Body?.transformToString()) ?? '');
  }
  return { etags, manifest };
}

/** Runs `work` on each item, `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * Publishes the export to the bucket, incrementally: the new and changed objects stage by stage
 * (./objects.ts STAGES), the manifest after each stage (an interrupted deploy re-run uploads
 * only what is still missing), then the stale objects deleted, then the CDN told.
 */
export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const { target } = options;
  const client = s3ClientFrom(env);
  await checkAccess(client, target, env);

  const rules = rulesOf(options.root);
  const objects = siteObjects(options.root, rules);
  const remote = await remoteState(client, target);
  const plan = planDeploy(objects, remote, options.force);
  const bytes = plan.uploads.reduce((sum, object) => sum + object.size, 0);
  const maxDeletes = options.maxDeletes ?? 256;
  log(
    `${objects.length} objects: ${plan.uploads.length} to upload (${(bytes / 1e6).toFixed(1)} MB), ` +
      `${plan.deletes.length} to delete, ${plan.unchanged} unchanged`,
  );
  if (plan.deletes.length > maxDeletes) {
    throw new DeployError(
      `this deploy would delete ${plan.deletes.length} objects, more than --max-deletes ${maxDeletes}: ` +
        'nothing was changed. Check the destination (and the export); if it is right, run again ' +
        `with --max-deletes ${plan.deletes.length}`,
    );
  }
  const invalidated = options.distribution ? invalidationPaths(plan, target.prefix) : [];
  if (options.dryRun) {
    for (const object of plan.uploads)
      log(
        `upload ${keyIn(target, object.key)} (${remote.etags.has(object.key) ? 'changed' : 'new'})`,
      );
    for (const key of plan.deletes) log(`delete ${keyIn(target, key)}`);
    for (const path of invalidated) log(`invalidate ${path}`);
    return { plan, uploadedBytes: 0, manifestWrites: 0, manifestBytes: 0, invalidated };
  }

  // Under the rules the bucket's objects already carry, nothing needs recording; under new
  // ones (or a first deploy), checkpoints say how far the new rules have got.
  const manifest: Manifest = { version: 2, rules };
  const recordRules = !sameRules(remote.manifest, manifest);
  let manifestWrites = 0;
  let manifestBytes = 0;
  const writeManifest = async (value: Manifest) => {
    const body = JSON.stringify(value);
    await client.send(
      new PutObjectCommand({
        Bucket: target.bucket,
        Key: keyIn(target, MANIFEST_KEY),
        Body: body,
        ContentType: 'application/json; charset=utf-8',
        CacheControl: 'no-store',
      }),
    );
    manifestWrites++;
    manifestBytes += Buffer.byteLength(body);
  };
  // Uploads finish out of order: `done` up to `upTo` is the run finished without a gap.
  const done = new Array<boolean>(plan.uploads.length).fill(false);
  let upTo = -1;
  const checkpoint = () =>
    upTo >= 0 && recordRules
      ? writeManifest({
          ...manifest,
          through: { stage: plan.uploads[upTo]!.stage, key: plan.uploads[upTo]!.key },
          previous: remote.manifest,
        })
      : undefined;
  let sinceWritten = 0;
  const progress = new Progress(plan.uploads.length, bytes, { tty: options.tty ?? false, log });
  const indexOf = new Map(plan.uploads.map((object, i) => [object, i]));
  for (const stage of STAGES) {
    const batch = plan.uploads.filter((object) => object.stage === stage);
    if (batch.length === 0) continue;
    await pool(batch, options.concurrency ?? 8, async (object: SiteObject) => {
      await client.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: keyIn(target, object.key),
          // Read whole (the export's files are small; none over 25 MiB): a retry resends it.
          Body: readFileSync(object.file),
          ContentType: object.contentType,
          CacheControl: object.cacheControl,
          ...(object.redirect ? { WebsiteRedirectLocation: object.redirect } : {}),
        }),
      );
      done[indexOf.get(object)!] = true;
      while (done[upTo + 1]) upTo++;
      progress.done(object.size);
      // A long stage also leaves its progress in the bucket now and then.
      if (++sinceWritten >= 2000) {
        sinceWritten = 0;
        await checkpoint();
      }
    });
    await checkpoint();
  }
  progress.end();
  if (recordRules) await writeManifest(manifest);

  for (let at = 0; at < plan.deletes.length; at += 1000) {
    const keys = plan.deletes.slice(at, at + 1000);
    await client.send(
      new DeleteObjectsCommand({
        Bucket: target.bucket,
        Delete: { Objects: keys.map((key) => ({ Key: keyIn(target, key) })), Quiet: true },
      }),
    );
  }
  if (plan.deletes.length > 0) log(`deleted ${plan.deletes.length} objects`);

  if (options.distribution && invalidated.length > 0) {
    const cloudfront = new CloudFrontClient({ region: 'us-east-1', maxAttempts: 6 });
    await cloudfront.send(
      new CreateInvalidationCommand({
        DistributionId: options.distribution,
        InvalidationBatch: {
          CallerReference: `daedam-${Date.now()}`,
          Paths: { Quantity: invalidated.length, Items: invalidated },
        },
      }),
    );
    log(`invalidated ${invalidated.length} paths on ${options.distribution}`);
  }
  return { plan, uploadedBytes: bytes, manifestWrites, manifestBytes, invalidated };
}
