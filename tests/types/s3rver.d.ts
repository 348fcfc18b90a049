// s3rver (an S3-protocol server for tests) ships no types: what tests/helpers/s3-server.ts uses.
declare module 's3rver' {
  import type FilesystemStore from 's3rver/lib/stores/filesystem.js';
  interface S3rverOptions {
    port?: number;
    address?: string;
    directory: string;
    silent?: boolean;
    configureBuckets?: Array<{ name: string }>;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    /** The store every request goes through (`ctx.app.store`). */
    store: FilesystemStore;
    /** Koa's context prototype: s3rver also sets `context.store`. */
    context: { store: FilesystemStore };
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}

declare module 's3rver/lib/stores/filesystem.js' {
  export type Metadata = Record<string, string | number>;
  export default class FilesystemStore {
    static decodeKeyPath(keyPath: string): string;
    constructor(rootDirectory: string);
    getBucketPath(bucket: string): string;
    getMetadata(bucket: string, key: string): Promise<Metadata>;
    listObjects(
      bucket: string,
      options: { delimiter?: string; startAfter?: string; prefix?: string; maxKeys?: number },
    ): Promise<{ objects: unknown[]; commonPrefixes: string[]; isTruncated: boolean }>;
    putObject(...args: unknown[]): Promise<unknown>;
    copyObject(...args: unknown[]): Promise<unknown>;
    deleteObject(...args: unknown[]): Promise<unknown>;
    putObjectMultipart(...args: unknown[]): Promise<unknown>;
  }
}

declare module 's3rver/lib/models/object.js' {
  import type { Metadata } from 's3rver/lib/stores/filesystem.js';
  export default class S3Object {
    constructor(bucket: string, key: string, content: null, metadata: Metadata);
    key: string;
  }
}
