import { DeployError } from './errors';

/** Where a deploy goes: `s3://bucket` or `s3://bucket/some/prefix`. */
export interface Target {
  bucket: string;
  /** Key prefix without slashes at either end; '' for the bucket's root. */
  prefix: string;
}

export function parseTarget(value: string | undefined): Target {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/.*)?$/.exec(value ?? '');
  if (!match) {
    throw new DeployError(
      `the destination must be an S3 address such as s3://my-bucket or s3://my-bucket/site (got "${value ?? ''}")`,
    );
  }
  return { bucket: match[1]!, prefix: (match[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

/** The object key of a site key under the target's prefix. */
export const keyIn = (target: Target, key: string) =>
  target.prefix ? `${target.prefix}/${key}` : key;
