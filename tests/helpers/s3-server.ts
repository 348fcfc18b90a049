import { readdirSync } from 'node:fs';
import path from 'node:path';
import S3rver from 's3rver';
import { s3ClientFrom } from '../../lib/deploy/run';
import FilesystemStore from 's3rver/lib/stores/filesystem.js';
import S3Object from 's3rver/lib/models/object.js';

/**
 * The S3-protocol server the deploy tests and `npm run bench:deploy` start on 127.0.0.1:
 * s3rver 3.7.1, on disk, with one thing replaced — how it lists a bucket.
 *
 * Why: s3rver walks the bucket's folders in the order the file system returns them (hash order
 * on ext4, not key order) and pages by "skip every key ≤ the last one sent". A bucket past one
 * page (1,000 keys) therefore loses keys between pages: at 1,000 posts, 43 of 26,529 objects
 * never appeared in a listing, so the deploy re-sent them every time. Each page also walked
 * the whole bucket again. S3, R2, B2 and MinIO list in UTF-8 byte order of the key.
 *
 * This store lists from one sorted array of the bucket's keys, made by one walk and dropped on
 * every write or delete. It overrides s3rver's store methods by name; `startS3Server` checks
 * they still exist and that the server lists through this store, so an s3rver upgrade that
 * moves them fails here (tests/unit/s3-server.test.ts is the canary).
 */
const OBJECT_SUFFIX = '._S3rver_object';
const WRITES = ['putObject', 'copyObject', 'deleteObject', 'putObjectMultipart'] as const;

/** S3's order of keys: UTF-8 bytes. */
export const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export class KeyOrderedStore extends FilesystemStore {
  #sorted = new Map<string, string[]>();
  /** How many listings this store answered: the canary checks the server asked it. */
  listings = 0;

  constructor(directory: string) {
    super(directory);
    for (const name of WRITES) {
      const original = FilesystemStore.prototype[name] as (...args: unknown[]) => Promise<unknown>;
      if (typeof original !== 'function')
        throw new Error(
          `s3rver's FilesystemStore has no ${name}(): update tests/helpers/s3-server.ts`,
        );
      // A write may add or remove a key: the next listing walks the bucket again.
      this[name] = async (...args: unknown[]) => {
        this.#sorted.clear();
        return original.apply(this, args);
      };
    }
  }

  #keys(bucket: string): string[] {
    let keys = this.#sorted.get(bucket);
    if (!keys) {
      keys = [];
      const root = this.getBucketPath(bucket);
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const file = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(file);
          else if (entry.name.endsWith(OBJECT_SUFFIX))
            keys!.push(
              FilesystemStore.decodeKeyPath(
                path.relative(root, file).split(path.sep).join('/').slice(0, -OBJECT_SUFFIX.length),
              ),
            );
        }
      };
      walk(root);
      keys.sort(byteOrder);
      this.#sorted.set(bucket, keys);
    }
    return keys;
  }

  override async listObjects(
    bucket: string,
    { delimiter = '', startAfter = '', prefix = '', maxKeys = Infinity }: ListOptions,
  ) {
    this.listings++;
    const keys = this.#keys(bucket);
    // The first key after startAfter, by binary search.
    let low = 0;
    for (let high = keys.length; low < high;) {
      const middle = (low + high) >> 1;
      if (byteOrder(keys[middle]!, startAfter) <= 0) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    const commonPrefixes = new Set<string>();
    let isTruncated = false;
    for (const key of keys.slice(low)) {
      if (!key.startsWith(prefix)) continue;
      const cut = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
      if (cut !== -1) commonPrefixes.add(key.slice(0, cut + delimiter.length));
      else if (found.length < maxKeys) found.push(key);
      else {
        isTruncated = true;
        break;
      }
    }
    const metadata = await Promise.all(
      found.map((key) =>
        this.getMetadata(bucket, key).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return undefined; // deleted since the walk
          throw error;
        }),
      ),
    );
    const objects = found.flatMap((key, i) =>
      metadata[i] ? [new S3Object(bucket, key, null, metadata[i])] : [],
    );
    return { objects, commonPrefixes: [...commonPrefixes].sort(byteOrder), isTruncated };
  }
}

interface ListOptions {
  delimiter?: string;
  startAfter?: string;
  prefix?: string;
  maxKeys?: number;
}

/**
 * s3rver on 127.0.0.1, any free port, listing through KeyOrderedStore; with the variables a
 * deploy to it takes (its default key) and a client made from them as the deploy makes one.
 */
export async function startS3Server(directory: string) {
  const server = new S3rver({ port: 0, address: '127.0.0.1', directory, silent: true });
  const store = new KeyOrderedStore(directory);
  if (!(server.store instanceof FilesystemStore))
    throw new Error(
      's3rver no longer keeps its store in server.store: update tests/helpers/s3-server.ts',
    );
  server.store = server.context.store = store;
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const env = {
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: endpoint,
  };
  return { server, store, endpoint, env, client: s3ClientFrom({ ...process.env, ...env }) };
}
